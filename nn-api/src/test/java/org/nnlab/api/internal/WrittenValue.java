package org.nnlab.api.internal;

import java.util.ArrayList;
import java.util.List;

/** Option values for tests: scalars and lists built from Java values, described as YAML would. */
record WrittenValue(Object value) implements OptionValue {

  static WrittenValue of(Object value) {
    return new WrittenValue(value);
  }

  @Override
  public Object scalar() {
    return value instanceof List ? null : value;
  }

  @Override
  public boolean isList() {
    return value instanceof List;
  }

  @Override
  public List<OptionValue> items() {
    List<OptionValue> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> items.add(new WrittenValue(item)));
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
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "an empty list" : "a list";
    }
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
