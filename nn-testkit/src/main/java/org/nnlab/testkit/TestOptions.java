package org.nnlab.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.PluginOptions;

/**
 * {@link PluginOptions} backed by a map, for building plugins in tests the way a YAML file would.
 *
 * <p>Values are {@link Number}, {@link Boolean}, {@link String}, {@code double[]} or
 * {@code double[][]}, for example {@code TestOptions.of("learning_rate", 0.1, "momentum", 0.9)}.
 */
public final class TestOptions implements PluginOptions {
  private final Map<String, Object> values;

  private TestOptions(Map<String, Object> values) {
    this.values = values;
  }

  /** Returns options with no keys: the short form {@code activation: name}. */
  public static TestOptions empty() {
    return new TestOptions(Collections.emptyMap());
  }

  /**
   * Returns options from alternating keys and values.
   *
   * @param keysAndValues {@code key1, value1, key2, value2, ...}
   * @return the options
   */
  public static TestOptions of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected key/value pairs, got an odd count");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new TestOptions(Collections.unmodifiableMap(map));
  }

  @Override
  public boolean has(String key) {
    return values.containsKey(key);
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  @Override
  public double number(String key, double defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (!(value instanceof Number) || !Double.isFinite(((Number) value).doubleValue())) {
      throw new InvalidOptionException(key, "a finite number", value);
    }
    return ((Number) value).doubleValue();
  }

  @Override
  public double requiredNumber(String key) {
    if (!has(key)) {
      throw new InvalidOptionException(key, "a finite number", null);
    }
    return number(key, 0);
  }

  @Override
  public int integer(String key, int defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (!(value instanceof Integer)) {
      throw new InvalidOptionException(key, "an integer", value);
    }
    return (Integer) value;
  }

  @Override
  public int requiredInteger(String key) {
    if (!has(key)) {
      throw new InvalidOptionException(key, "an integer", null);
    }
    return integer(key, 0);
  }

  @Override
  public boolean flag(String key, boolean defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (!(value instanceof Boolean)) {
      throw new InvalidOptionException(key, "true or false", value);
    }
    return (Boolean) value;
  }

  @Override
  public String text(String key, String defaultValue) {
    Object value = values.get(key);
    return value == null ? defaultValue : String.valueOf(value);
  }

  @Override
  public Optional<double[]> vector(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof double[])) {
      throw new InvalidOptionException(key, "a list of numbers", value);
    }
    return Optional.of(((double[]) value).clone());
  }

  @Override
  public Optional<double[][]> matrix(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof double[][])) {
      throw new InvalidOptionException(key, "a list of lists of numbers", value);
    }
    double[][] rows = (double[][]) value;
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = Arrays.copyOf(rows[i], rows[i].length);
    }
    return Optional.of(copy);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
