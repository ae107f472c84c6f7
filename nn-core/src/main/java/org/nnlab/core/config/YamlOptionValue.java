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
    return node instanceof YamlList || node instanceof YamlArray;
  }

  @Override
  public List<OptionValue> items() {
    if (node instanceof YamlArray array) {
      return unpacked(array);
    }
    if (!(node instanceof YamlList list)) {
      return List.of();
    }
    List<OptionValue> items = new ArrayList<>(list.size());
    for (YamlNode item : list.items()) {
      items.add(new YamlOptionValue(item));
    }
    return items;
  }

  // Rarely needed: the packed readers below serve every plugin that reads numbers.
  private static List<OptionValue> unpacked(YamlArray array) {
    List<OptionValue> items = new ArrayList<>();
    if (array.isMatrix()) {
      for (int r = 0; r < array.rows(); r++) {
        items.add(new YamlOptionValue(row(array, r)));
      }
    } else {
      for (YamlNode number : row(array, 0).items()) {
        items.add(new YamlOptionValue(number));
      }
    }
    return items;
  }

  private static YamlList row(YamlArray array, int r) {
    List<YamlNode> numbers = new ArrayList<>();
    for (double value : array.numbers(r * array.cols(), array.cols())) {
      numbers.add(new YamlScalar(value, Double.toString(value), array.location()));
    }
    return new YamlList(numbers, array.location());
  }

  @Override
  public double[] packedNumbers() {
    return node instanceof YamlArray array && !array.isMatrix()
        ? array.numbers(0, array.cols()) : null;
  }

  @Override
  public double[][] packedRows() {
    if (!(node instanceof YamlArray array) || !array.isMatrix()) {
      return null;
    }
    double[][] rows = new double[array.rows()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = array.numbers(r * array.cols(), array.cols());
    }
    return rows;
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
