package org.nnlab.core.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.YamlNode;

/**
 * One combination of grid values.
 *
 * @param index the 0-based position in the grid
 * @param paths the varied key paths, one per axis
 * @param values the value of each path at this point
 * @param labels each value as written
 */
public record GridPoint(int index, List<String> paths, List<YamlNode> values, List<String> labels) {

  /** Creates the record, copying the lists. */
  public GridPoint {
    paths = List.copyOf(paths);
    values = List.copyOf(values);
    labels = List.copyOf(labels);
  }

  /** The values by path, in axis order. */
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      settings.put(paths.get(i), labels.get(i));
    }
    return settings;
  }

  /**
   * A short name for legends and tables: the value alone for a one-axis grid ({@code sigmoid}),
   * {@code key=value} pairs with the last key of each path otherwise ({@code activation=relu,
   * learning_rate=0.1}), a named point by its name alone ({@code relu + he, learning_rate=0.1}),
   * {@code baseline} for a grid with no axes.
   */
  public String label() {
    if (labels.isEmpty()) {
      return "baseline";
    }
    if (labels.size() == 1) {
      return labels.get(0);
    }
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      label.append(i == 0 ? "" : ", ");
      if (!path.equals(GridAxis.POINTS)) {
        label.append(path.substring(path.lastIndexOf('.') + 1)).append('=');
      }
      label.append(labels.get(i));
    }
    return label.toString();
  }
}
