package org.nnlab.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nnlab.api.Buffer;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.checkpoint.StateWriter;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.DataKeys;
import org.nnlab.core.config.EngineConfig;
import org.nnlab.core.config.EngineKeys;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.ModelKeys;
import org.nnlab.core.config.OptimizerKeys;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.RootKeys;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.config.ScheduleKeys;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.config.TrainingKeys;
import org.nnlab.core.config.ValidationConfig;
import org.nnlab.core.model.LayerDescription;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.model.ParameterCopy;
import org.nnlab.core.train.Experiment;

/**
 * An experiment's configuration with every default filled in, in the explicit {@code layers}
 * form, as a tree of maps, lists and scalars: the {@code config} of a report, and (with the
 * trained parameters, its arrays as {@link NumberArray}s) the model that {@code --save} writes
 * with {@link SavedModel}.
 */
public final class ResolvedConfig {
  private ResolvedConfig() {}

  /** The configuration as the run started: layer options as resolved, no trained values. */
  public static Map<String, Object> initial(Experiment experiment) {
    return tree(experiment, null);
  }

  /**
   * The configuration with each layer's current parameters written as options under the
   * parameter's name ({@code weights}, {@code biases}), and a {@code state} section with what
   * training learned (class names, standardization) and where it stands, so that training it
   * goes on exactly from here and evaluating it needs nothing else.
   *
   * @param experiment the trained experiment
   * @param progress where training stands, or empty for a model that only carries what it
   *     learned (a diverged run's)
   * @param target the file it will be written to; a CSV path is rewritten relative to it
   * @return the tree
   */
  public static Map<String, Object> trained(Experiment experiment, Optional<Progress> progress,
      Path target) {
    Map<String, Object> root = tree(experiment, target);
    root.put(RootKeys.STATE.name(), packed(StateWriter.tree(experiment.learned(progress))));
    return root;
  }

  // The state's arrays (optimizer state, best parameters) go to the sidecar like the weights.
  private static Object packed(Object value) {
    if (value instanceof double[] vector) {
      return NumberArray.vector(vector);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(key, packed(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ResolvedConfig::packed).toList();
    }
    return value;
  }

  // With a target, arrays stay packed (NumberArray) for the saved model's writer.
  private static Map<String, Object> tree(Experiment experiment, Path target) {
    boolean packed = target != null;
    ExperimentConfig config = experiment.config();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(RootKeys.VERSION.name(), ExperimentConfig.FORMAT_VERSION);
    root.put(RootKeys.NAME.name(), config.name());
    root.put(RootKeys.SEED.name(), config.seed());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(ModelKeys.INPUTS.name(), experiment.network().inputs());
    List<Object> layers = new ArrayList<>();
    for (NetworkLayer layer : experiment.network().layers()) {
      layers.add(layer(layer, packed));
    }
    model.put(ModelKeys.LAYERS.name(), layers);
    root.put(RootKeys.MODEL.name(), model);
    root.put(RootKeys.LOSS.name(), plugin(config.loss().name(), experiment.resolvedLoss(), packed));
    Map<String, Object> optimizer = new LinkedHashMap<>();
    optimizer.put(PluginRef.TYPE, config.optimizer().name());
    experiment.resolvedOptimizer()
        .forEach((key, value) -> optimizer.put(key, plain(value, packed)));
    config.schedule().ifPresent(schedule ->
        optimizer.put(OptimizerKeys.SCHEDULE.name(), schedule(schedule)));
    root.put(RootKeys.OPTIMIZER.name(), optimizer);
    root.put(RootKeys.TRAINING.name(), training(config.training()));
    if (!config.engine().equals(EngineConfig.defaults())) {
      Map<String, Object> engine = new LinkedHashMap<>();
      engine.put(EngineKeys.PRECISION.name(), config.engine().precision().configName());
      engine.put(EngineKeys.BACKEND.name(), config.engine().backend());
      root.put(RootKeys.ENGINE.name(), engine);
    }
    Map<String, Object> data = data(config.data(), target, packed);
    if (config.standardize()) {
      data.put(DataKeys.STANDARDIZE.name(), true);
    }
    root.put(RootKeys.DATA.name(), data);
    config.validation().ifPresent(validation -> root.put(RootKeys.VALIDATION.name(),
        validation instanceof ValidationConfig.Fraction fraction
            ? Map.of(DataKeys.FRACTION.name(), fraction.fraction())
            : data(((ValidationConfig.Source) validation).data(), target, packed)));
    return root;
  }

  private static Map<String, Object> training(TrainingConfig training) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(TrainingKeys.EPOCHS.name(), training.epochs());
    map.put(TrainingKeys.BATCH_SIZE.name(), training.batchSize());
    map.put(TrainingKeys.SHUFFLE.name(), training.shuffle());
    map.put(TrainingKeys.STATISTICS.name(), training.statistics().configName());
    training.clipGradNorm().ifPresent(v -> map.put(TrainingKeys.CLIP_GRAD_NORM.name(), v));
    training.clipGradValue().ifPresent(v -> map.put(TrainingKeys.CLIP_GRAD_VALUE.name(), v));
    training.earlyStopping().ifPresent(early -> {
      Map<String, Object> stopping = new LinkedHashMap<>();
      stopping.put(TrainingKeys.MONITOR.name(), early.monitor());
      stopping.put(TrainingKeys.PATIENCE.name(), early.patience());
      stopping.put(TrainingKeys.MIN_DELTA.name(), early.minDelta());
      stopping.put(TrainingKeys.RESTORE_BEST.name(), early.restoreBest());
      map.put(TrainingKeys.EARLY_STOPPING.name(), stopping);
    });
    return map;
  }

  private static Map<String, Object> schedule(ScheduleConfig schedule) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(ScheduleKeys.TYPE.name(), schedule.type());
    if (schedule instanceof ScheduleConfig.Step step) {
      map.put(ScheduleKeys.STEP_SIZE.name(), step.stepSize());
      map.put(ScheduleKeys.STEP_GAMMA.name(), step.gamma());
    } else if (schedule instanceof ScheduleConfig.Exponential exponential) {
      map.put(ScheduleKeys.EXPONENTIAL_GAMMA.name(), exponential.gamma());
    } else if (schedule instanceof ScheduleConfig.Cosine cosine) {
      map.put(ScheduleKeys.MIN_LR.name(), cosine.minLr());
      map.put(ScheduleKeys.WARMUP_EPOCHS.name(), cosine.warmupEpochs());
    } else if (schedule instanceof ScheduleConfig.ReduceOnPlateau plateau) {
      map.put(ScheduleKeys.MONITOR.name(), plateau.monitor());
      map.put(ScheduleKeys.FACTOR.name(), plateau.factor());
      map.put(ScheduleKeys.PATIENCE.name(), plateau.patience());
    }
    return map;
  }

  private static Map<String, Object> layer(NetworkLayer layer, boolean trained) {
    LayerDescription description = layer.description();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(ModelKeys.TYPE.name(), description.type());
    // Parameters go last, in their own order, whether the layer was built from given values or
    // not: a model saved twice is written the same way.
    List<String> saved = new ArrayList<>(layer.parameters().stream().map(Parameter::name)
        .toList());
    layer.buffers().forEach(buffer -> saved.add(buffer.name()));
    description.options().forEach((key, value) -> {
      if (!trained || !saved.contains(key)) {
        entry.put(key, plain(value, trained));
      }
    });
    entry.put(ModelKeys.LAYER_ACTIVATION.name(),
        plugin(description.activation(), description.activationOptions(), trained));
    entry.put(ModelKeys.LAYER_INIT.name(), description.init());
    entry.put(ModelKeys.LAYER_BIAS_INIT.name(), description.biasInit());
    if (layer.residualSpan() > 0) {
      entry.put(ModelKeys.LAYER_RESIDUAL.name(),
          layer.residualSpan() == 1 ? (Object) true : (Object) layer.residualSpan());
    }
    if (trained) {
      for (Parameter parameter : layer.parameters()) {
        entry.put(parameter.name(), parameterValues(parameter));
      }
      // Running statistics and other state, after the parameters, for the provider to restore.
      for (Buffer buffer : layer.buffers()) {
        double[] values = buffer.values().clone();
        entry.put(buffer.name(), buffer.rows() == 1 ? NumberArray.vector(values)
            : NumberArray.matrix(values, buffer.rows(), buffer.cols()));
      }
    }
    return entry;
  }

  private static Object plugin(String name, Map<String, Object> options, boolean packed) {
    if (options.isEmpty()) {
      return name;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(PluginRef.TYPE, name);
    options.forEach((key, value) -> map.put(key, plain(value, packed)));
    return map;
  }

  private static NumberArray parameterValues(Parameter parameter) {
    double[] values = new double[parameter.size()];
    ParameterCopy.valuesInto(parameter, values);
    if (parameter.role() != ParameterRole.WEIGHTS && parameter.rows() == 1) {
      return NumberArray.vector(values);
    }
    return NumberArray.matrix(values, parameter.rows(), parameter.cols());
  }

  private static Map<String, Object> data(DataConfig data, Path target, boolean packed) {
    Map<String, Object> source = new LinkedHashMap<>();
    String kind;
    if (data instanceof DataConfig.Inline inline) {
      kind = DataKeys.INLINE.name();
      source.put(DataKeys.INPUTS.name(), plain(inline.inputs(), packed));
      source.put(DataKeys.TARGETS.name(), plain(inline.targets(), packed));
    } else if (data instanceof DataConfig.Csv csv) {
      kind = DataKeys.CSV.name();
      source.put(DataKeys.PATH.name(), csvPath(csv, target));
      source.put(DataKeys.TARGET.name(),
          csv.targets().size() == 1 ? csv.targets().get(0) : csv.targets());
    } else {
      DataConfig.Synthetic synthetic = (DataConfig.Synthetic) data;
      kind = DataKeys.SYNTHETIC.name();
      source.put(DataKeys.DATASET.name(), synthetic.name());
      source.put(DataKeys.SAMPLES.name(), synthetic.samples());
      source.put(DataKeys.NOISE.name(), synthetic.noise());
      source.put(DataKeys.CLASSES.name(), synthetic.classes());
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(kind, source);
    return map;
  }

  private static String csvPath(DataConfig.Csv csv, Path target) {
    if (target == null) {
      return csv.written();
    }
    Path folder = target.toAbsolutePath().getParent();
    return folder.relativize(csv.file().toAbsolutePath()).toString().replace('\\', '/');
  }

  /**
   * Turns arrays into lists, so the tree holds only maps, lists and scalars; or, when
   * {@code packed}, into {@link NumberArray}s.
   */
  private static Object plain(Object value, boolean packed) {
    if (packed && value instanceof double[] vector) {
      return NumberArray.vector(vector.clone());
    }
    if (packed && value instanceof double[][] matrix) {
      return NumberArray.matrix(matrix);
    }
    if (value instanceof double[] vector) {
      return toList(vector, 0, vector.length);
    }
    if (value instanceof double[][] matrix) {
      List<Object> rows = new ArrayList<>();
      for (double[] row : matrix) {
        rows.add(toList(row, 0, row.length));
      }
      return rows;
    }
    return value;
  }

  private static List<Double> toList(double[] values, int from, int count) {
    List<Double> list = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      list.add(values[i]);
    }
    return list;
  }
}
