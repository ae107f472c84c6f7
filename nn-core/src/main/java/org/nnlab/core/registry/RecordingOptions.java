package org.nnlab.core.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.PluginOptions;

/**
 * Options that answer every getter with its default and record what was asked: the key, the
 * getter and the default. A required getter, which has no default, gets 1. {@link #has} answers
 * as told, so that a plugin that reads some options only when others are written can be asked
 * both ways.
 *
 * <p>Not thread-safe: one instance serves one call of {@code create}.
 */
final class RecordingOptions implements PluginOptions {
  private final boolean present;
  private final Map<String, PluginOption> asked = new LinkedHashMap<>();

  /**
   * Creates the options.
   *
   * @param present what {@link #has} answers for every key
   */
  RecordingOptions(boolean present) {
    this.present = present;
  }

  /** The options asked for, in the order first asked, without descriptions. */
  List<PluginOption> asked() {
    return List.copyOf(asked.values());
  }

  @Override
  public boolean has(String key) {
    return present;
  }

  @Override
  public Set<String> keys() {
    return Set.of();
  }

  @Override
  public double number(String key, double defaultValue) {
    record(key, OptionKind.NUMBER, Double.isFinite(defaultValue) ? defaultValue : null, false);
    return defaultValue;
  }

  @Override
  public double requiredNumber(String key) {
    record(key, OptionKind.NUMBER, null, true);
    return 1;
  }

  @Override
  public int integer(String key, int defaultValue) {
    record(key, OptionKind.INTEGER, defaultValue, false);
    return defaultValue;
  }

  @Override
  public int requiredInteger(String key) {
    record(key, OptionKind.INTEGER, null, true);
    return 1;
  }

  @Override
  public boolean flag(String key, boolean defaultValue) {
    record(key, OptionKind.FLAG, defaultValue, false);
    return defaultValue;
  }

  @Override
  public String text(String key, String defaultValue) {
    record(key, OptionKind.TEXT, defaultValue, false);
    return defaultValue;
  }

  @Override
  public Optional<double[]> vector(String key) {
    record(key, OptionKind.VECTOR, null, false);
    return Optional.empty();
  }

  @Override
  public Optional<double[][]> matrix(String key) {
    record(key, OptionKind.MATRIX, null, false);
    return Optional.empty();
  }

  // The first getter asked for a key decides its kind. A required getter only counts as such
  // when nothing is said to be written: otherwise it may have been asked because of has().
  private void record(String key, OptionKind kind, Object defaultValue, boolean required) {
    if (key == null) {
      return;
    }
    asked.putIfAbsent(key, new PluginOption(key, kind, Optional.ofNullable(defaultValue),
        required && !present, Optional.empty()));
  }
}
