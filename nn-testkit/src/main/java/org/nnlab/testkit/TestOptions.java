package org.nnlab.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.internal.OptionReader;

/**
 * {@link PluginOptions} built from Java values, read by exactly the rules nn applies to a YAML
 * file: {@code TestOptions.of("units", 3.0)} is an integer as {@code units: 3.0} is, and
 * {@code TestOptions.of("biases", 0.5)} a vector of one as {@code biases: 0.5} is.
 *
 * <p>Values may be:
 *
 * <ul>
 *   <li>a {@link Number} (any finite value; NaN and infinities are refused by the getters, as in
 *       YAML): {@code 0.1}, {@code 3}, {@code 3.0}, {@code 1e3};
 *   <li>a {@link Boolean}, for {@link #flag};
 *   <li>a {@link String}, for {@link #text};
 *   <li>a {@code double[]} or a {@link List} of values, a list as in YAML: {@code new double[]
 *       {0.1, 0.2}} or {@code List.of(0.1, 0.2)};
 *   <li>a {@code double[][]} or a {@link List} of lists, a list of rows;
 *   <li>{@code null}, YAML's null ({@code key: ~}): written, but not a value any getter accepts.
 * </ul>
 *
 * <p>Like nn, these options record which keys the plugin asked for: each contract creates the
 * plugin from {@code options()} and fails if a key was never read, with the message nn would
 * print for the same YAML ({@code unknown key 'bta'; did you mean 'beta'? ...}). One instance
 * records the reads of every {@code create} it is passed to; the contracts check a fresh copy.
 */
public final class TestOptions implements PluginOptions {
  private final Map<String, Object> values;
  private final OptionReader reader;

  private TestOptions(Map<String, Object> values) {
    this.values = values;
    Map<String, JavaOptionValue> written = new LinkedHashMap<>();
    values.forEach((key, value) -> written.put(key, new JavaOptionValue(value)));
    this.reader = new OptionReader(written);
  }

  /**
   * Returns options with no keys: the short form {@code activation: name}.
   *
   * @return empty options
   */
  public static TestOptions empty() {
    return new TestOptions(Collections.emptyMap());
  }

  /**
   * Returns options from alternating keys and values.
   *
   * @param keysAndValues {@code key1, value1, key2, value2, ...}: each key a distinct
   *     {@link String}, each value of a type listed above
   * @return the options
   * @throws IllegalArgumentException when the count is odd, a key is not a string or is given
   *     twice, or a value is of another type
   */
  public static TestOptions of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected key/value pairs, got an odd count");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String key)) {
        throw new IllegalArgumentException("key " + (i / 2 + 1) + " is not a String: "
            + keysAndValues[i]);
      }
      Object value = keysAndValues[i + 1];
      if (!JavaOptionValue.accepts(value)) {
        throw new IllegalArgumentException("option '" + key + "': expected a Number, Boolean, "
            + "String, double[], double[][], List of these, or null, found "
            + value.getClass().getName());
      }
      if (map.containsKey(key)) {
        throw new IllegalArgumentException("option '" + key + "' is given twice");
      }
      map.put(key, value);
    }
    return new TestOptions(Collections.unmodifiableMap(map));
  }

  @Override
  public boolean has(String key) {
    return reader.has(key);
  }

  @Override
  public Set<String> keys() {
    return reader.keys();
  }

  @Override
  public double number(String key, double defaultValue) {
    return reader.number(key, defaultValue);
  }

  @Override
  public double requiredNumber(String key) {
    return reader.requiredNumber(key);
  }

  @Override
  public int integer(String key, int defaultValue) {
    return reader.integer(key, defaultValue);
  }

  @Override
  public int requiredInteger(String key) {
    return reader.requiredInteger(key);
  }

  @Override
  public boolean flag(String key, boolean defaultValue) {
    return reader.flag(key, defaultValue);
  }

  @Override
  public String text(String key, String defaultValue) {
    return reader.text(key, defaultValue);
  }

  @Override
  public Optional<double[]> vector(String key) {
    return reader.vector(key);
  }

  @Override
  public Optional<double[][]> matrix(String key) {
    return reader.matrix(key);
  }

  /**
   * Returns these options with one key set, added or replacing the value given before, as a
   * saved model writes a layer's trained parameters over its initial ones.
   *
   * @param key the key
   * @param value a value of a type listed above
   * @return new options; these are unchanged
   * @throws IllegalArgumentException when the value is of another type
   */
  public TestOptions with(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>(values);
    map.remove(key);
    Object[] pairs = new Object[2 * map.size() + 2];
    int i = 0;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      pairs[i++] = entry.getKey();
      pairs[i++] = entry.getValue();
    }
    pairs[i++] = key;
    pairs[i] = value;
    return of(pairs);
  }

  /** The same values, with no reads recorded. */
  TestOptions fresh() {
    return new TestOptions(values);
  }

  /**
   * The message nn would print for the first key no getter asked for, if any.
   *
   * @param plugin how to name the plugin, such as {@code 'swish'}
   */
  Optional<String> unknownKey(String plugin) {
    return reader.unreadKeys().stream().findFirst()
        .map(key -> reader.unknownKeyMessage(key, Set.of(), plugin));
  }

  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + text(entry.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String text(Object value) {
    if (value instanceof double[] numbers) {
      return Arrays.toString(numbers);
    }
    return value instanceof double[][] rows ? Arrays.deepToString(rows) : String.valueOf(value);
  }
}
