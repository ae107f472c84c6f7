package org.nnlab.core.eval;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.checkpoint.SavedState;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.Location;
import org.nnlab.core.data.DataLoader;
import org.nnlab.core.data.ModelColumns;
import org.nnlab.core.data.TargetColumns;
import org.nnlab.core.data.TargetKind;

/**
 * The CSV columns of a trained model, from what its training data told: column names, class
 * names, and whether its loss makes the targets classes. Data without column names (inline data)
 * gives inputs {@code x1}, {@code x2}, ... and a target {@code target} (or {@code target1},
 * {@code target2}, ... for several).
 */
final class ColumnLayout {
  static final String DEFAULT_TARGET = "target";
  static final String DEFAULT_INPUT = "x";

  private final ExperimentConfig config;

  private ColumnLayout(ExperimentConfig config) {
    this.config = config;
  }

  /**
   * The columns.
   *
   * @param config the model's configuration, whose {@code state} is named in messages
   * @param state what training learned
   * @param inputs the network's inputs
   * @param outputs the network's outputs
   * @param kind what the loss makes of the targets
   * @throws ConfigException when the state does not fit the network
   */
  static ModelColumns of(ExperimentConfig config, SavedState state, int inputs, int outputs,
      TargetKind kind) {
    return new ColumnLayout(config).columns(state, inputs, outputs, kind);
  }

  private ModelColumns columns(SavedState state, int inputs, int outputs, TargetKind kind) {
    List<String> inputNames = state.inputNames().isEmpty() ? numbered(DEFAULT_INPUT, inputs)
        : state.inputNames();
    if (inputNames.size() != inputs) {
      throw refused("input_names", "expected " + DataLoader.count(inputs, "name")
          + ", one per input (model.inputs is " + inputs + "), found " + inputNames.size());
    }
    return new ModelColumns(inputNames, targets(state, outputs, kind));
  }

  private TargetColumns targets(SavedState state, int outputs, TargetKind kind) {
    List<String> names = state.targetNames();
    if (state.classes().isPresent()) {
      List<String> classes = state.classes().get();
      if (names.size() > 1) {
        throw refused("target_names", "expected one column of class labels, found "
            + DataLoader.count(names.size(), "name"));
      }
      if (outputs != classes.size() && !(outputs == 1 && classes.size() == 2)) {
        throw refused("classes", DataLoader.count(classes.size(), "class") + " but the model has "
            + DataLoader.count(outputs, "output") + "; expected one output per class"
            + (classes.size() == 2 ? " (or one output for two classes)" : ""));
      }
      return new TargetColumns.Labels(single(names), classes, false, outputs);
    }
    if (kind.classes()) {
      if (names.size() == outputs && outputs > 1) {
        return new TargetColumns.OneHot(names);
      }
      if (names.size() > 1) {
        throw refused("target_names", "expected one column of class indices or one column per "
            + "output (" + outputs + "), found " + DataLoader.count(names.size(), "name"));
      }
      return new TargetColumns.Labels(single(names), numbered("", Math.max(2, outputs), 0), true,
          outputs);
    }
    if (names.isEmpty()) {
      return new TargetColumns.Values(outputs == 1 ? List.of(DEFAULT_TARGET)
          : numbered(DEFAULT_TARGET, outputs));
    }
    if (names.size() != outputs) {
      throw refused("target_names", "expected " + DataLoader.count(outputs, "name")
          + ", one per output, found " + names.size());
    }
    return new TargetColumns.Values(names);
  }

  private static String single(List<String> names) {
    return names.isEmpty() ? DEFAULT_TARGET : names.get(0);
  }

  private static List<String> numbered(String prefix, int count) {
    return numbered(prefix, count, 1);
  }

  private static List<String> numbered(String prefix, int count, int first) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + (first + i));
    }
    return names;
  }

  private ConfigException refused(String key, String problem) {
    Location where = config.state().map(state -> state.keyLocation(key))
        .orElse(Location.ofFile(config.file().toString()));
    return new ConfigException(where, "state." + key, problem);
  }
}
