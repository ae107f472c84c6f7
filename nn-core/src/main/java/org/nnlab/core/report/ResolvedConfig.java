package org.nnlab.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.model.LayerDescription;
import org.nnlab.core.model.NetworkLayer;
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
   * parameter's name ({@code weights}, {@code biases}), so that training it continues from here.
   *
   * @param experiment the trained experiment
   * @param target the file it will be written to; a CSV path is rewritten relative to it
   * @return the tree
   */
  public static Map<String, Object> trained(Experiment experiment, Path target) {
    return tree(experiment, target);
  }

  // With a target, arrays stay packed (NumberArray) for the saved model's writer.
  private static Map<String, Object> tree(Experiment experiment, Path target) {
    boolean packed = target != null;
    ExperimentConfig config = experiment.config();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", ExperimentConfig.FORMAT_VERSION);
    root.put("name", config.name());
    root.put("seed", config.seed());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("inputs", experiment.network().inputs());
    List<Object> layers = new ArrayList<>();
    for (NetworkLayer layer : experiment.network().layers()) {
      layers.add(layer(layer, packed));
    }
    model.put("layers", layers);
    root.put("model", model);
    root.put("loss", plugin(config.loss().name(), experiment.resolvedLoss(), packed));
    Map<String, Object> optimizer = new LinkedHashMap<>();
    optimizer.put("type", config.optimizer().name());
    experiment.resolvedOptimizer()
        .forEach((key, value) -> optimizer.put(key, plain(value, packed)));
    root.put("optimizer", optimizer);
    TrainingConfig training = config.training();
    Map<String, Object> trainingMap = new LinkedHashMap<>();
    trainingMap.put("epochs", training.epochs());
    trainingMap.put("batch_size", training.batchSize());
    trainingMap.put("shuffle", training.shuffle());
    root.put("training", trainingMap);
    root.put("data", data(config.data(), target, packed));
    return root;
  }

  private static Map<String, Object> layer(NetworkLayer layer, boolean trained) {
    LayerDescription description = layer.description();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", description.type());
    description.options().forEach((key, value) -> entry.put(key, plain(value, trained)));
    entry.put("activation",
        plugin(description.activation(), description.activationOptions(), trained));
    entry.put("init", description.init());
    if (trained) {
      for (Parameter parameter : layer.layer().parameters()) {
        entry.put(parameter.name(), parameterValues(parameter));
      }
    }
    return entry;
  }

  private static Object plugin(String name, Map<String, Object> options, boolean packed) {
    if (options.isEmpty()) {
      return name;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", name);
    options.forEach((key, value) -> map.put(key, plain(value, packed)));
    return map;
  }

  private static NumberArray parameterValues(Parameter parameter) {
    double[] values = parameter.values().clone();
    if (parameter.role() == ParameterRole.BIASES && parameter.rows() == 1) {
      return NumberArray.vector(values);
    }
    return NumberArray.matrix(values, parameter.rows(), parameter.cols());
  }

  private static Map<String, Object> data(DataConfig data, Path target, boolean packed) {
    Map<String, Object> source = new LinkedHashMap<>();
    String kind;
    if (data instanceof DataConfig.Inline inline) {
      kind = "inline";
      source.put("inputs", plain(inline.inputs(), packed));
      source.put("targets", plain(inline.targets(), packed));
    } else if (data instanceof DataConfig.Csv csv) {
      kind = "csv";
      source.put("path", csvPath(csv, target));
      source.put("target", csv.targets().size() == 1 ? csv.targets().get(0) : csv.targets());
    } else {
      DataConfig.Synthetic synthetic = (DataConfig.Synthetic) data;
      kind = "synthetic";
      source.put("name", synthetic.name());
      source.put("samples", synthetic.samples());
      source.put("noise", synthetic.noise());
      source.put("classes", synthetic.classes());
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
