package org.nnlab.core.compare;

import java.util.List;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.YamlNode;

/**
 * One varied setting of an experiment: a dotted key path and the values it takes.
 *
 * @param path the key path, such as {@code model.activation}
 * @param values the values, as YAML nodes, at least one
 * @param labels each value as written, for tables and legends
 * @param origin where the axis was written, for messages: the {@code --vary} option, or its key
 *     in the configuration's {@code compare.vary}
 */
public record GridAxis(String path, List<YamlNode> values, List<String> labels, Location origin) {

  /** Creates the record, copying the lists. */
  public GridAxis {
    values = List.copyOf(values);
    labels = List.copyOf(labels);
  }
}
