package org.nnlab.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnlab.api.internal.OptionValue;

/**
 * A Java value given to {@link TestOptions}, seen the way the option rules see a YAML value:
 * {@code double[]} and {@code List} are lists, {@code double[][]} a list of lists.
 *
 * @param value a {@link Number}, {@link Boolean}, {@link String}, {@code double[]},
 *     {@code double[][]}, a {@link List} of these, or {@code null} for YAML's null
 */
record JavaOptionValue(Object value) implements OptionValue {

  /** Tells whether {@code value} is one of the types TestOptions takes. */
  static boolean accepts(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().allMatch(JavaOptionValue::accepts);
    }
    return value == null || value instanceof Number || value instanceof Boolean
        || value instanceof String || value instanceof double[] || value instanceof double[][];
  }

  @Override
  public Object scalar() {
    return value instanceof Number || value instanceof Boolean || value instanceof String
        ? value : null;
  }

  @Override
  public boolean isList() {
    return value instanceof List || value instanceof double[] || value instanceof double[][];
  }

  @Override
  public List<OptionValue> items() {
    List<OptionValue> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> items.add(new JavaOptionValue(item)));
    } else if (value instanceof double[] numbers) {
      Arrays.stream(numbers).forEach(number -> items.add(new JavaOptionValue(number)));
    } else if (value instanceof double[][] rows) {
      Arrays.stream(rows).forEach(row -> items.add(new JavaOptionValue(row)));
    }
    return items;
  }

  @Override
  public String text() {
    return String.valueOf(value);
  }

  @Override
  public String describe() {
    if (value == null) {
      return "nothing";
    }
    if (isList()) {
      return items().isEmpty() ? "an empty list" : "a list";
    }
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
