package org.nnlab.core.config;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.internal.OptionValue;

/**
 * A YAML node seen as a plugin option's value, so that the option rules shared with the test kit
 * apply to it. This is the one place that knows how each kind of node looks to a plugin.
 *
 * @param node the node as written
 */
record YamlOptionValue(YamlNode node) implements OptionValue {

  @Override
  public Object scalar() {
    return node instanceof YamlScalar scalar ? scalar.value() : null;
  }

  @Override
  public boolean isList() {
    return node instanceof YamlList;
  }

  @Override
  public List<OptionValue> items() {
    if (!(node instanceof YamlList list)) {
      return List.of();
    }
    List<OptionValue> items = new ArrayList<>(list.size());
    for (YamlNode item : list.items()) {
      items.add(new YamlOptionValue(item));
    }
    return items;
  }

  @Override
  public String text() {
    return node instanceof YamlScalar scalar ? scalar.text() : node.describe();
  }

  @Override
  public String describe() {
    return node.describe();
  }
}
