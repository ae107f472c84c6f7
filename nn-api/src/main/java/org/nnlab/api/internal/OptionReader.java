package org.nnlab.api.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.PluginOptions;

/**
 * {@link PluginOptions} over values already written, with {@link OptionRules} for every getter.
 * Records which keys the plugin asked for and the value it got (written or default), so that
 * keys it never read can be reported as unknown and the resolved options written out.
 *
 * <p>Not thread-safe: one reader serves one call of a provider's {@code create}.
 */
public final class OptionReader implements PluginOptions {
  private final Map<String, OptionValue> written;
  private final Set<String> asked = new LinkedHashSet<>();
  private final Map<String, Object> resolved = new LinkedHashMap<>();

  /**
   * Creates a reader.
   *
   * @param written the options written, by key, in the order written
   */
  public OptionReader(Map<String, ? extends OptionValue> written) {
    this.written = Collections.unmodifiableMap(new LinkedHashMap<>(written));
  }

  @Override
  public boolean has(String key) {
    return written.containsKey(key);
  }

  @Override
  public Set<String> keys() {
    return written.keySet();
  }

  @Override
  public double number(String key, double defaultValue) {
    return remember(key, value(key).map(v -> isDefault(v, defaultValue) ? defaultValue
        : OptionRules.number(key, v)).orElse(defaultValue));
  }

  // A saved model writes every option a plugin resolved, its defaults included, and a plugin's
  // default may be NaN: reading back exactly its own default is always accepted.
  private static boolean isDefault(OptionValue value, double defaultValue) {
    return value.scalar() instanceof Number number
        && Double.compare(number.doubleValue(), defaultValue) == 0;
  }

  @Override
  public double requiredNumber(String key) {
    return remember(key, OptionRules.number(key, required(key, "a finite number")));
  }

  @Override
  public int integer(String key, int defaultValue) {
    return remember(key, value(key).map(v -> OptionRules.integer(key, v)).orElse(defaultValue));
  }

  @Override
  public int requiredInteger(String key) {
    return remember(key, OptionRules.integer(key, required(key, "an integer")));
  }

  @Override
  public boolean flag(String key, boolean defaultValue) {
    return remember(key, value(key).map(v -> OptionRules.flag(key, v)).orElse(defaultValue));
  }

  @Override
  public String text(String key, String defaultValue) {
    return remember(key, value(key).map(v -> OptionRules.text(key, v)).orElse(defaultValue));
  }

  @Override
  public Optional<double[]> vector(String key) {
    Optional<double[]> vector = value(key).map(v -> OptionRules.vector(key, v));
    vector.ifPresent(v -> resolved.put(key, v.clone()));
    return vector;
  }

  @Override
  public Optional<double[][]> matrix(String key) {
    Optional<double[][]> matrix = value(key).map(v -> OptionRules.matrix(key, v));
    matrix.ifPresent(m -> resolved.put(key, copy(m)));
    return matrix;
  }

  /**
   * The value written for a key, without recording that the key was read.
   *
   * @param key the option's name
   * @return the value, or empty when the key is not written
   */
  public Optional<OptionValue> written(String key) {
    return Optional.ofNullable(written.get(key));
  }

  /**
   * The keys written that the plugin never asked for, in the order written.
   *
   * @return a fresh set
   */
  public Set<String> unreadKeys() {
    Set<String> unread = new LinkedHashSet<>(written.keySet());
    unread.removeAll(asked);
    return unread;
  }

  /**
   * The keys the plugin asked for, written or not: the options it supports.
   *
   * @return an unmodifiable view, in the order first asked
   */
  public Set<String> askedKeys() {
    return Collections.unmodifiableSet(asked);
  }

  /**
   * Every option the plugin read, with the value it got, in the order read. Vectors and
   * matrices are copies, unaffected by what the plugin does with the arrays it was given.
   *
   * @return an unmodifiable view
   */
  public Map<String, Object> resolved() {
    return Collections.unmodifiableMap(resolved);
  }

  /**
   * The message for a key the plugin did not read: the keys it and the engine take, and the
   * closest of them, or that the plugin takes no options.
   *
   * @param key the unread key
   * @param engineKeys keys written next to the options that the engine reads itself, such as a
   *     layer's {@code type}
   * @param plugin how to name the plugin, such as {@code 'swish'}
   * @return for example {@code unknown key 'bta'; did you mean 'beta'? known keys: beta (for
   *     'swish')}
   */
  public String unknownKeyMessage(String key, Set<String> engineKeys, String plugin) {
    if (asked.isEmpty()) {
      return "unknown key '" + key + "': " + plugin + " takes no options";
    }
    Set<String> known = new LinkedHashSet<>(asked);
    known.addAll(engineKeys);
    return Suggestions.unknown("key", key, known) + " (for " + plugin + ")";
  }

  private Optional<OptionValue> value(String key) {
    asked.add(key);
    return written(key);
  }

  private OptionValue required(String key, String expected) {
    return value(key).orElseThrow(() -> new InvalidOptionException(key, expected, null));
  }

  private <T> T remember(String key, T value) {
    resolved.put(key, value);
    return value;
  }

  private static double[][] copy(double[][] matrix) {
    double[][] copy = new double[matrix.length][];
    for (int r = 0; r < matrix.length; r++) {
      copy[r] = matrix[r].clone();
    }
    return copy;
  }
}
