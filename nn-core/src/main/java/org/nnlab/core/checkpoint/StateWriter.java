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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.EpochStatsTree;

/**
 * Writes the {@code state} section of a saved model as a tree of maps, lists and scalars, for
 * {@link StateReader} to read back: numbers as doubles (arrays as {@code double[]}, which the
 * writer may move to a sidecar file), positions as longs.
 */
public final class StateWriter {
  private StateWriter() {}

  /**
   * The tree of a saved state.
   *
   * @param state what to write
   * @return the {@code state} mapping
   */
  public static Map<String, Object> tree(SavedState state) {
    Map<String, Object> root = new LinkedHashMap<>();
    state.progress().ifPresent(progress -> {
      root.put(EPOCHS_COMPLETED, progress.epochsCompleted());
      root.put(STEPS_COMPLETED, progress.stepsCompleted());
    });
    if (!state.inputNames().isEmpty()) {
      root.put(INPUT_NAMES, state.inputNames());
    }
    if (!state.targetNames().isEmpty()) {
      root.put(TARGET_NAMES, state.targetNames());
    }
    state.classes().ifPresent(classes -> root.put(CLASSES, classes));
    state.standardization().ifPresent(stats -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(MEAN, stats.mean().clone());
      map.put(SCALE, stats.scale().clone());
      root.put(STANDARDIZATION, map);
    });
    state.progress().ifPresent(progress -> progress(progress, root));
    return root;
  }

  private static void progress(Progress progress, Map<String, Object> root) {
    if (progress.optimizerState().length > 0 && progress.optimizerState()[0].length > 0) {
      List<Object> parameters = new ArrayList<>();
      for (double[][] arrays : progress.optimizerState()) {
        parameters.add(List.of((Object[]) arrays));
      }
      root.put(OPTIMIZER, parameters);
    }
    List<Long> positions = new ArrayList<>();
    for (long position : progress.streamPositions()) {
      positions.add(position);
    }
    root.put(RANDOM, positions);
    progress.earlyStopping().ifPresent(early -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(BEST, early.best());
      map.put(BEST_EPOCH, early.bestEpoch());
      map.put(WAIT, early.epochsWithoutImprovement());
      if (early.bestParameters().length > 0) {
        map.put(BEST_PARAMETERS, List.of((Object[]) early.bestParameters()));
      }
      root.put(EARLY_STOPPING, map);
    });
    progress.schedule().ifPresent(schedule -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(TYPE, schedule.type());
      map.put(LEARNING_RATE, schedule.learningRate());
      if (!Double.isNaN(schedule.best())) {
        map.put(BEST, schedule.best());
      }
      map.put(WAIT, schedule.badEpochs());
      root.put(SCHEDULE, map);
    });
    List<Object> history = new ArrayList<>();
    for (EpochStats epoch : progress.history()) {
      history.add(EpochStatsTree.write(epoch));
    }
    root.put(HISTORY, history);
  }
}
