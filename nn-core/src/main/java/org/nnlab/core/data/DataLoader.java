package org.nnlab.core.data;

import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.init.Seeds;

/**
 * Loads the data a configuration names and fits it to the model: input width must equal the
 * model's inputs, and targets are encoded for the model's outputs and loss.
 *
 * <p>Class labels become one-hot rows when the model has one output per class, or a single 0/1
 * column when a two-class model has one output. With a softmax loss, a single numeric target
 * column holds class indices 0..outputs−1.
 */
public final class DataLoader {
  private DataLoader() {}

  /**
   * Loads and encodes the data.
   *
   * @param spec where the data comes from
   * @param seed the run's seed, for synthetic data
   * @param inputs the model's input width
   * @param outputs the model's output width
   * @param softmaxLoss whether the loss applies softmax to the outputs (targets are classes)
   * @return the data set
   * @throws ConfigException when the data cannot be read or does not fit the model
   */
  public static Dataset load(
      DataConfig spec, long seed, int inputs, int outputs, boolean softmaxLoss) {
    RawData raw = read(spec, seed);
    int width = raw.inputs()[0].length;
    if (width != inputs) {
      throw new ConfigException(spec.location(), inputsPath(spec),
          "data has " + width + " input columns but model.inputs is " + inputs);
    }
    Matrix x = Matrix.of(raw.inputs());
    if (raw.classes() != null) {
      return new Dataset(x, encodeClasses(raw, outputs, spec), raw.classNames(), true,
          raw.description());
    }
    double[][] targets = raw.numericTargets();
    if (softmaxLoss && targets[0].length == 1 && outputs > 1) {
      return new Dataset(x, classIndicesToOneHot(targets, outputs, spec), List.of(),
          true, raw.description());
    }
    if (targets[0].length != outputs) {
      throw new ConfigException(spec.location(), targetsPath(spec),
          "data has " + targets[0].length + " target columns but the model has " + outputs
              + " outputs" + (softmaxLoss ? " (or give one column of class indices)" : ""));
    }
    return new Dataset(x, Matrix.of(targets), List.of(), softmaxLoss,
        raw.description());
  }

  private static RawData read(DataConfig spec, long seed) {
    if (spec instanceof DataConfig.Inline inline) {
      return RawData.numeric(inline.inputs(), inline.targets(),
          "inline data, " + inline.inputs().length + " samples");
    }
    if (spec instanceof DataConfig.Csv csv) {
      return CsvData.read(csv);
    }
    return SyntheticData.generate((DataConfig.Synthetic) spec, Seeds.stream(seed, Seeds.DATA));
  }

  private static Matrix encodeClasses(RawData raw, int outputs, DataConfig spec) {
    int classes = raw.classNames().size();
    int[] labels = raw.classes();
    if (outputs == 1 && classes == 2) {
      Matrix targets = new Matrix(labels.length, 1);
      for (int r = 0; r < labels.length; r++) {
        targets.set(r, 0, labels[r]);
      }
      return targets;
    }
    if (outputs != classes) {
      throw new ConfigException(spec.location(), spec.path(),
          "data has " + classes + " classes " + raw.classNames() + " but the model has "
              + outputs + " outputs; expected one output per class"
              + (classes == 2 ? " (or one output for two classes)" : ""));
    }
    Matrix targets = new Matrix(labels.length, outputs);
    for (int r = 0; r < labels.length; r++) {
      targets.set(r, labels[r], 1.0);
    }
    return targets;
  }

  private static Matrix classIndicesToOneHot(double[][] indices, int outputs, DataConfig spec) {
    Matrix targets = new Matrix(indices.length, outputs);
    for (int r = 0; r < indices.length; r++) {
      double index = indices[r][0];
      if (index != Math.rint(index) || index < 0 || index >= outputs) {
        throw new ConfigException(spec.location(), targetsPath(spec),
            "row " + r + ": expected a class index from 0 to " + (outputs - 1) + ", found "
                + index);
      }
      targets.set(r, (int) index, 1.0);
    }
    return targets;
  }

  private static String inputsPath(DataConfig spec) {
    return spec instanceof DataConfig.Inline ? KeyPaths.child(spec.path(), "inputs") : spec.path();
  }

  private static String targetsPath(DataConfig spec) {
    return spec instanceof DataConfig.Inline ? KeyPaths.child(spec.path(), "targets")
        : spec.path();
  }
}
