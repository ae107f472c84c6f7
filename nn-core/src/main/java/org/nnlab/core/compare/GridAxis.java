package org.nnlab.core.compare;

import java.util.List;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlNode;

/**
 * One dimension of an experiment grid: either a varied setting (a dotted key path and the values
 * it takes) or the configuration's named points (each a set of overrides).
 *
 * @param path the key path, such as {@code model.activation}; {@link #POINTS} for named points
 * @param values the values, as YAML nodes, at least one; for named points, each a mapping from
 *     a dotted key path to its value
 * @param labels each value as written, for tables and legends; for named points, their names
 * @param origin where the axis was written, for messages: the {@code --vary} option, or its key
 *     in the configuration's {@code compare} section
 * @param named whether the values are named points rather than values of one setting
 */
public record GridAxis(
    String path, List<YamlNode> values, List<String> labels, Location origin, boolean named) {
  /** The column and key under which named points appear in tables and summaries. */
  public static final String POINTS = "compare.points";

  /** Creates the record, copying the lists. */
  public GridAxis {
    values = List.copyOf(values);
    labels = List.copyOf(labels);
  }

  /** An axis that varies one setting. */
  public GridAxis(String path, List<YamlNode> values, List<String> labels, Location origin) {
    this(path, values, labels, origin, false);
  }

  /**
   * The axis of a configuration's {@code compare.points}.
   *
   * @param names the points' names, in the order written
   * @param overrides each point's overrides, a mapping from a dotted key path to its value
   * @param origin where {@code compare.points} was written
   */
  public static GridAxis points(List<String> names, List<YamlMap> overrides, Location origin) {
    return new GridAxis(POINTS, List.copyOf(overrides), names, origin, true);
  }
}
