package org.nnlab.core.checkpoint;

import static org.nnlab.core.checkpoint.StateKeys.BEST;
import static org.nnlab.core.checkpoint.StateKeys.BEST_EPOCH;
import static org.nnlab.core.checkpoint.StateKeys.BEST_PARAMETERS;
import static org.nnlab.core.checkpoint.StateKeys.CLASSES;
import static org.nnlab.core.checkpoint.StateKeys.EARLY_STOPPING;
import static org.nnlab.core.checkpoint.StateKeys.EPOCHS_COMPLETED;
import static org.nnlab.core.checkpoint.StateKeys.HISTORY;
import static org.nnlab.core.checkpoint.StateKeys.INPUT_NAMES;
import static org.nnlab.core.checkpoint.StateKeys.LEARNING_RATE;
import static org.nnlab.core.checkpoint.StateKeys.MEAN;
import static org.nnlab.core.checkpoint.StateKeys.OPTIMIZER;
import static org.nnlab.core.checkpoint.StateKeys.RANDOM;
import static org.nnlab.core.checkpoint.StateKeys.SCALE;
import static org.nnlab.core.checkpoint.StateKeys.SCHEDULE;
import static org.nnlab.core.checkpoint.StateKeys.STANDARDIZATION;
import static org.nnlab.core.checkpoint.StateKeys.STEPS_COMPLETED;
import static org.nnlab.core.checkpoint.StateKeys.TARGET_NAMES;
import static org.nnlab.core.checkpoint.StateKeys.TYPE;
import static org.nnlab.core.checkpoint.StateKeys.WAIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.config.Section;
import org.nnlab.core.config.Values;
import org.nnlab.core.config.YamlList;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.config.YamlScalar;
import org.nnlab.core.data.Standardization;
import org.nnlab.core.model.Network;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.EpochStatsTree;

/**
 * Reads the {@code state} section that {@code --save} writes ({@link StateWriter} is its
 * inverse), and checks that it fits the model it is saved with.
 */
public final class StateReader {
  private static final String PATH = "state";

  private StateReader() {}

  /**
   * Reads a saved state.
   *
   * @param node the {@code state} mapping
   * @return the state
   * @throws ConfigException when a key is unknown or a value has the wrong form
   */
  public static SavedState read(YamlMap node) {
    Section state = new Section(node, PATH, StateKeys.ALL);
    state.rejectUnknownKeys();
    Optional<Standardization> standardization =
        state.get(STANDARDIZATION).map(StateReader::standardization);
    Optional<List<String>> classes = state.get(CLASSES).map(n -> texts(n, state.path(CLASSES)));
    List<String> inputNames =
        state.get(INPUT_NAMES).map(n -> texts(n, state.path(INPUT_NAMES))).orElse(List.of());
    List<String> targetNames =
        state.get(TARGET_NAMES).map(n -> texts(n, state.path(TARGET_NAMES))).orElse(List.of());
    Optional<Progress> progress = state.get(EPOCHS_COMPLETED).isPresent()
        ? Optional.of(progress(state)) : Optional.empty();
    return new SavedState(standardization, classes, inputNames, targetNames, progress);
  }

  private static Progress progress(Section state) {
    int epochs = (int) Values.integer(state.get(EPOCHS_COMPLETED).orElseThrow(),
        state.path(EPOCHS_COMPLETED), 0, Integer.MAX_VALUE);
    long steps = state.get(STEPS_COMPLETED).map(n -> Values.integer(n,
        state.path(STEPS_COMPLETED), 0, Long.MAX_VALUE)).orElse(0L);
    List<EpochStats> history = new ArrayList<>();
    state.get(HISTORY).ifPresent(n -> {
      YamlList list = Values.list(n, state.path(HISTORY));
      for (int i = 0; i < list.size(); i++) {
        history.add(EpochStatsTree.read(list.get(i), KeyPaths.index(state.path(HISTORY), i)));
      }
    });
    double[][][] optimizer = state.get(OPTIMIZER)
        .map(n -> optimizerArrays(n, state.path(OPTIMIZER))).orElse(new double[0][][]);
    long[] random = state.get(RANDOM).map(n -> longs(n, state.path(RANDOM)))
        .orElse(new long[0]);
    Optional<EarlyStoppingProgress> early =
        state.get(EARLY_STOPPING).map(StateReader::earlyStopping);
    Optional<ScheduleProgress> schedule = state.get(SCHEDULE).map(StateReader::schedule);
    return new Progress(epochs, steps, history, optimizer, random, early, schedule);
  }

  /**
   * Checks a saved run's progress against the model it will resume with, and the number of
   * state arrays per parameter its optimizer keeps.
   *
   * @throws ConfigException naming the first part that does not fit
   */
  public static void checkFits(Progress progress, Network network, int stateArrays,
      ExperimentConfig config) {
    List<Parameter> parameters = network.parameters();
    YamlMap state = config.state().orElseThrow();
    double[][][] arrays = progress.optimizerState();
    boolean fits = arrays.length == parameters.size() || (arrays.length == 0
        && stateArrays == 0);
    for (int p = 0; fits && p < arrays.length; p++) {
      fits = arrays[p].length == stateArrays;
      for (int k = 0; fits && k < arrays[p].length; k++) {
        fits = arrays[p][k].length == parameters.get(p).size();
      }
    }
    if (!fits) {
      throw refused(state, OPTIMIZER, "the saved optimizer state does not fit this model and "
          + "optimizer (" + stateArrays + " arrays per parameter, for "
          + parameters.size() + " parameters); was the model or the optimizer changed?");
    }
    if (progress.streamPositions().length != network.layers().size()) {
      throw refused(state, RANDOM, "expected one random stream position per layer ("
          + network.layers().size() + "), found " + progress.streamPositions().length);
    }
    if (progress.history().size() != progress.epochsCompleted()) {
      throw refused(state, HISTORY, "expected one entry per completed epoch ("
          + progress.epochsCompleted() + "), found " + progress.history().size());
    }
    if (progress.earlyStopping().isPresent() != config.training().earlyStopping().isPresent()) {
      throw refused(state, EARLY_STOPPING, "the saved run "
          + (progress.earlyStopping().isPresent() ? "used" : "did not use")
          + " early stopping, but this configuration "
          + (progress.earlyStopping().isPresent() ? "does not" : "does")
          + "; resume it with the training section it was saved with");
    }
    String saved = progress.schedule().map(ScheduleProgress::type).orElse("none");
    String configured = config.schedule().map(ScheduleConfig::type).orElse("none");
    if (!saved.equals(configured)) {
      throw refused(state, progress.schedule().isPresent() ? SCHEDULE : EPOCHS_COMPLETED,
          "the saved run used learning-rate schedule " + saved + ", but this configuration "
              + "uses " + configured + "; resume it with the optimizer.schedule it was saved "
              + "with");
    }
  }

  private static ConfigException refused(YamlMap state, String key, String problem) {
    return new ConfigException(state.keyLocation(key), KeyPaths.child(PATH, key), problem);
  }

  private static Standardization standardization(YamlNode node) {
    String path = KeyPaths.child(PATH, STANDARDIZATION);
    Section section = new Section(node, path, List.of(MEAN, SCALE));
    section.rejectUnknownKeys();
    double[] mean = Values.numbers(section.require(MEAN, "the mean of each input column"),
        section.path(MEAN));
    YamlNode scaleNode = section.require(SCALE, "the scale of each input column");
    double[] scale = Values.numbers(scaleNode, section.path(SCALE));
    if (scale.length != mean.length) {
      throw Values.expected(scaleNode, section.path(SCALE), mean.length + " numbers, one per "
          + "input column like the mean");
    }
    for (int c = 0; c < scale.length; c++) {
      if (!(scale[c] > 0)) {
        throw Values.expected(scaleNode, KeyPaths.index(section.path(SCALE), c),
            "a positive number");
      }
    }
    return new Standardization(mean, scale);
  }

  private static EarlyStoppingProgress earlyStopping(YamlNode node) {
    String path = KeyPaths.child(PATH, EARLY_STOPPING);
    Section section = new Section(node, path, List.of(BEST, BEST_EPOCH, WAIT, BEST_PARAMETERS));
    section.rejectUnknownKeys();
    double best = section.get(BEST).map(n -> n instanceof YamlScalar s && s.isNull() ? Double.NaN
        : Values.number(n, section.path(BEST))).orElse(Double.NaN);
    int bestEpoch = section.get(BEST_EPOCH).map(n -> (int) Values.integer(n,
        section.path(BEST_EPOCH), 0, Integer.MAX_VALUE)).orElse(0);
    int wait = section.get(WAIT).map(n -> (int) Values.integer(n, section.path(WAIT), 0,
        Integer.MAX_VALUE)).orElse(0);
    double[][] parameters = section.get(BEST_PARAMETERS).map(n -> {
      YamlList list = Values.list(n, section.path(BEST_PARAMETERS));
      double[][] values = new double[list.size()][];
      for (int p = 0; p < values.length; p++) {
        values[p] = Values.numbers(list.get(p), KeyPaths.index(section.path(BEST_PARAMETERS), p));
      }
      return values;
    }).orElse(new double[0][]);
    return new EarlyStoppingProgress(best, bestEpoch, wait, parameters);
  }

  private static ScheduleProgress schedule(YamlNode node) {
    String path = KeyPaths.child(PATH, SCHEDULE);
    Section section = new Section(node, path, List.of(TYPE, LEARNING_RATE, BEST, WAIT));
    section.rejectUnknownKeys();
    String type = Values.name(section.require(TYPE, "the schedule's type"), section.path(TYPE));
    if (!ScheduleConfig.TYPES.contains(type)) {
      throw Values.expected(section.get(TYPE).orElseThrow(), section.path(TYPE),
          "a schedule: " + String.join(", ", ScheduleConfig.TYPES));
    }
    // A finished cosine run's next rate is its min_lr, 0 by default.
    YamlNode rateNode = section.require(LEARNING_RATE, "the learning rate of the next epoch");
    double rate = Values.number(rateNode, section.path(LEARNING_RATE));
    if (!(rate >= 0) || Double.isInfinite(rate)) {
      throw Values.expected(rateNode, section.path(LEARNING_RATE),
          "a finite number of at least 0");
    }
    double best = section.get(BEST).map(n -> n instanceof YamlScalar s && s.isNull() ? Double.NaN
        : Values.number(n, section.path(BEST))).orElse(Double.NaN);
    int wait = section.get(WAIT).map(n -> (int) Values.integer(n, section.path(WAIT), 0,
        Integer.MAX_VALUE)).orElse(0);
    return new ScheduleProgress(type, rate, best, wait);
  }

  private static double[][][] optimizerArrays(YamlNode node, String path) {
    YamlList perParameter = Values.list(node, path);
    double[][][] arrays = new double[perParameter.size()][][];
    for (int p = 0; p < arrays.length; p++) {
      String parameterPath = KeyPaths.index(path, p);
      YamlList list = Values.list(perParameter.get(p), parameterPath);
      arrays[p] = new double[list.size()][];
      for (int k = 0; k < list.size(); k++) {
        arrays[p][k] = Values.numbers(list.get(k), KeyPaths.index(parameterPath, k));
      }
    }
    return arrays;
  }

  private static long[] longs(YamlNode node, String path) {
    YamlList list = Values.list(node, path);
    long[] values = new long[list.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Values.integer(list.get(i), KeyPaths.index(path, i), Long.MIN_VALUE,
          Long.MAX_VALUE);
    }
    return values;
  }

  private static List<String> texts(YamlNode node, String path) {
    YamlList list = Values.list(node, path);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      texts.add(Values.text(list.get(i), KeyPaths.index(path, i)));
    }
    return texts;
  }
}
