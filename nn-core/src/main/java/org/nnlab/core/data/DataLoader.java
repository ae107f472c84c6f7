package org.nnlab.core.data;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.Matrix;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.MemorySize;
import org.nnlab.core.init.Seeds;

/**
 * Loads the data a configuration names and fits it to the model: input width must equal the
 * model's inputs, and targets are encoded for the model's outputs and loss.
 *
 * <p>Class labels become one-hot rows when the model has one output per class, or a single 0/1
 * column when a two-class model has one output. With a loss whose targets are classes, a single
 * numeric target column holds class indices 0..outputs−1, or 0 and 1 for a loss that holds two
 * classes in one output.
 */
public final class DataLoader {
  /** Share of the JVM's maximum heap the data may take, copies included. */
  static final double DATA_HEAP_SHARE = 0.4;

  private DataLoader() {}

  /**
   * Loads and encodes the data.
   *
   * @param spec where the data comes from
   * @param seed the run's seed, for synthetic data
   * @param inputs the model's input width
   * @param outputs the model's output width
   * @param kind what the loss makes of the targets
   * @return the data set
   * @throws ConfigException when the data cannot be read, does not fit the model, or does not
   *     fit in memory
   */
  public static Dataset load(
      DataConfig spec, long seed, int inputs, int outputs, TargetKind kind) {
    return read(spec, seed).fit(inputs, outputs, kind, Optional.empty());
  }

  /**
   * Reads the data without fitting it to a model yet, so that its size is known first.
   *
   * @param spec where the data comes from
   * @param seed the run's seed, for synthetic data
   * @return the data as read
   * @throws ConfigException when the data cannot be read or does not fit in memory
   */
  public static LoadedData read(DataConfig spec, long seed) {
    return read(spec, seed, Seeds.DATA);
  }

  /**
   * Reads data from its source, drawing synthetic data from one stream of the seed.
   *
   * @param spec where the data comes from
   * @param seed the run's seed
   * @param stream the purpose of the synthetic data's stream: {@link Seeds#DATA} for training
   *     data, {@link Seeds#VALIDATION_DATA} for validation data, so that the two differ
   * @return the data as read
   */
  public static LoadedData read(DataConfig spec, long seed, long stream) {
    if (spec instanceof DataConfig.Inline inline) {
      return new LoadedData(spec, InlineData.read(inline));
    }
    if (spec instanceof DataConfig.Csv csv) {
      return new LoadedData(spec, CsvData.read(csv));
    }
    return new LoadedData(spec, SyntheticData.generate((DataConfig.Synthetic) spec,
        Seeds.stream(seed, stream)));
  }

  /**
   * Checks data as read against the model and encodes its targets for the loss; class labels
   * are numbered by {@code classes} when given (the training data's, for validation and test
   * data), else in sorted order.
   */
  static Dataset fit(DataConfig spec, RawData raw, int inputs, int outputs, TargetKind kind,
      Optional<List<String>> classes) {
    int width = raw.inputs()[0].length;
    if (width != inputs) {
      throw new ConfigException(raw.inputsOrigin().location(), raw.inputsOrigin().path(),
          raw.name() + " has " + count(width, "input column") + names(raw.inputNames())
              + " but model.inputs is " + inputs);
    }
    checkMemory(16.0 * raw.size() * (inputs + outputs), spec.location(), spec.path(),
        raw.name());
    Matrix x = Matrix.of(raw.inputs());
    if (raw.classes() != null) {
      List<String> names = classes.orElse(raw.classNames());
      if (kind == TargetKind.TWO_CLASSES_IN_ONE_OUTPUT && names.size() != 2) {
        throw new ConfigException(raw.targetsOrigin().location(), raw.targetsOrigin().path(),
            raw.name() + " has " + count(names.size(), "class") + " (" + Excerpt.list(names)
                + ") but the loss applies a sigmoid to a single output, which holds exactly 2 "
                + "classes");
      }
      return new Dataset(x, encodeClasses(raw, names, outputs), names, true, raw.description(),
          raw.inputNames(), raw.targetNames());
    }
    double[][] targets = raw.numericTargets();
    if (kind.classes() && targets[0].length == 1
        && (outputs > 1 || kind == TargetKind.TWO_CLASSES_IN_ONE_OUTPUT)) {
      int classCount = Math.max(2, outputs);
      return new Dataset(x, classIndices(raw, classCount, outputs), List.of(), true,
          raw.description() + ", " + count(classCount, "class"), raw.inputNames(),
          raw.targetNames());
    }
    if (targets[0].length != outputs) {
      throw new ConfigException(raw.targetsOrigin().location(), raw.targetsOrigin().path(),
          raw.name() + " has " + count(targets[0].length, "target column")
              + names(raw.targetNames()) + " but the model has " + count(outputs, "output")
              + (kind.classes() ? "; expected one column per output, or one column of class "
                  + "indices" : "; expected one column per output"));
    }
    return new Dataset(x, Matrix.of(targets), List.of(), kind.classes(), raw.description(),
        raw.inputNames(), raw.targetNames());
  }

  /**
   * Refuses data that would not fit in memory, before it is built. Count 16 bytes per number:
   * inputs and targets are held twice while they are copied into matrices.
   *
   * @param bytes the memory the data would take
   */
  static void checkMemory(double bytes, Location where, String path, String name) {
    double allowed = DATA_HEAP_SHARE * Runtime.getRuntime().maxMemory();
    if (bytes > allowed) {
      throw new ConfigException(where, path, name + " needs about " + MemorySize.needed(bytes)
          + " of memory, more than the " + MemorySize.allowed(allowed) + " this JVM allows for "
          + "data; use fewer samples, or give Java more memory (-Xmx)");
    }
  }

  /** {@code count(1, "class")} is {@code 1 class}, {@code count(3, "class")} is 3 classes. */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + (noun.endsWith("s") ? "es" : "s"));
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "" : " (" + Excerpt.list(names) + ")";
  }

  private static Matrix encodeClasses(RawData raw, List<String> names, int outputs) {
    int classes = names.size();
    int[] labels = renumber(raw, names);
    if (outputs == 1 && classes == 2) {
      Matrix targets = new Matrix(labels.length, 1);
      for (int r = 0; r < labels.length; r++) {
        targets.set(r, 0, labels[r]);
      }
      return targets;
    }
    if (outputs != classes) {
      throw new ConfigException(raw.targetsOrigin().location(), raw.targetsOrigin().path(),
          raw.name() + " has " + count(classes, "class")
              + " (" + Excerpt.list(names) + ") but the model has "
              + count(outputs, "output") + "; expected one output per class"
              + (classes == 2 ? " (or one output for two classes)" : ""));
    }
    Matrix targets = new Matrix(labels.length, outputs);
    for (int r = 0; r < labels.length; r++) {
      targets.set(r, labels[r], 1.0);
    }
    return targets;
  }

  // Labels as read are numbered in sorted order; the given names may number them otherwise.
  private static int[] renumber(RawData raw, List<String> names) {
    int[] labels = raw.classes();
    if (names.equals(raw.classNames())) {
      return labels;
    }
    int[] renumbered = new int[labels.length];
    for (int r = 0; r < labels.length; r++) {
      String label = raw.classNames().get(labels[r]);
      int index = names.indexOf(label);
      if (index < 0) {
        RawData.Origin row = raw.targetRow().apply(r);
        throw new ConfigException(row.location(), row.path(), "unknown class label '"
            + label + "': the model was trained on " + count(names.size(), "class") + " ("
            + String.join(", ", names) + ")");
      }
      renumbered[r] = index;
    }
    return renumbered;
  }

  // Class indices 0 … classes−1, one-hot over the outputs, or as they are for one output.
  private static Matrix classIndices(RawData raw, int classes, int outputs) {
    double[][] indices = raw.numericTargets();
    Matrix targets = new Matrix(indices.length, outputs);
    for (int r = 0; r < indices.length; r++) {
      double index = indices[r][0];
      if (index != Math.rint(index) || index < 0 || index >= classes) {
        RawData.Origin row = raw.targetRow().apply(r);
        String column = row.path().isEmpty() && !raw.targetNames().isEmpty()
            ? "column '" + raw.targetNames().get(0) + "': " : "";
        throw new ConfigException(row.location(), row.path(), column
            + "expected a class index from 0 to " + (classes - 1) + " (the model has "
                + count(outputs, "output") + (outputs == 1 ? " for 2 classes" : "")
                + "), found " + number(index));
      }
      if (outputs == 1) {
        targets.set(r, 0, index);
      } else {
        targets.set(r, (int) index, 1.0);
      }
    }
    return targets;
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
