package org.nnlab.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.PluginOptions;

/**
 * A plugin's options read from a YAML mapping. Records which keys the plugin asked for and the
 * value it got (written or default), so that unknown keys can be reported and the resolved
 * configuration written out.
 */
public final class YamlPluginOptions implements PluginOptions {
  private final YamlMap map;
  private final String path;
  private final Set<String> reserved;
  private final Map<String, String> optionPaths;
  private final Set<String> keys;
  private final Set<String> asked = new LinkedHashSet<>();
  private final Map<String, Object> resolved = new LinkedHashMap<>();

  /**
   * Creates the options.
   *
   * @param map the mapping the options are written in
   * @param path the mapping's key path
   * @param reserved keys of the mapping that the engine handles itself, not the plugin
   */
  public YamlPluginOptions(YamlMap map, String path, Set<String> reserved) {
    this(map, path, reserved, Map.of());
  }

  /**
   * Creates the options, some of which were written outside the mapping's own path.
   *
   * @param map the mapping the options are written in
   * @param path the mapping's key path
   * @param reserved keys of the mapping that the engine handles itself, not the plugin
   * @param optionPaths the key path of each option written elsewhere than {@code path.key}
   */
  public YamlPluginOptions(
      YamlMap map, String path, Set<String> reserved, Map<String, String> optionPaths) {
    this.map = map;
    this.path = path;
    this.reserved = Set.copyOf(reserved);
    this.optionPaths = Map.copyOf(optionPaths);
    Set<String> own = new LinkedHashSet<>(map.keys());
    own.removeAll(reserved);
    this.keys = Collections.unmodifiableSet(own);
  }

  @Override
  public boolean has(String key) {
    return keys.contains(key);
  }

  @Override
  public Set<String> keys() {
    return keys;
  }

  // A written value equal to the default is the default, even when the plugin's default is not
  // finite: so a saved configuration, which writes every default, reads back.
  @Override
  public double number(String key, double defaultValue) {
    return remember(key, value(key)
        .map(node -> isNumber(node, defaultValue) ? defaultValue : number(key, node))
        .orElse(defaultValue));
  }

  private static boolean isNumber(YamlNode node, double value) {
    return node instanceof YamlScalar s && s.value() instanceof Number n
        && Double.compare(n.doubleValue(), value) == 0;
  }

  @Override
  public double requiredNumber(String key) {
    return remember(key, number(key, required(key, "a number")));
  }

  @Override
  public int integer(String key, int defaultValue) {
    return remember(key, value(key).map(node -> integer(key, node)).orElse(defaultValue));
  }

  @Override
  public int requiredInteger(String key) {
    return remember(key, integer(key, required(key, "an integer")));
  }

  @Override
  public boolean flag(String key, boolean defaultValue) {
    return remember(
        key,
        value(key)
            .map(node -> {
              if (node instanceof YamlScalar s && s.value() instanceof Boolean b) {
                return b;
              }
              throw new InvalidOptionException(key, "true or false", node.describe());
            })
            .orElse(defaultValue));
  }

  @Override
  public String text(String key, String defaultValue) {
    return remember(
        key,
        value(key)
            .map(node -> {
              if (node instanceof YamlScalar s && !s.isNull()) {
                return s.text();
              }
              throw new InvalidOptionException(key, "text", node.describe());
            })
            .orElse(defaultValue));
  }

  @Override
  public Optional<double[]> vector(String key) {
    Optional<double[]> result =
        value(key).map(node -> Values.numbers(node, keyPath(key)));
    result.ifPresent(v -> resolved.put(key, v.clone()));
    return result;
  }

  @Override
  public Optional<double[][]> matrix(String key) {
    Optional<double[][]> result =
        value(key).map(node -> {
          boolean rows = node instanceof YamlList list && list.size() > 0
              && list.get(0) instanceof YamlList;
          if (rows || node instanceof YamlArray array && array.isMatrix()) {
            return Values.rows(node, keyPath(key), false);
          }
          throw new InvalidOptionException(key, "a list of lists of numbers", node.describe());
        });
    result.ifPresent(v -> resolved.put(key, v));
    return result;
  }

  /** The keys written in the configuration that the plugin never asked for. */
  public Set<String> unreadKeys() {
    Set<String> unread = new LinkedHashSet<>(keys);
    unread.removeAll(asked);
    return unread;
  }

  /** The keys the plugin asked for, written or not: the options it supports. */
  public Set<String> askedKeys() {
    return Collections.unmodifiableSet(asked);
  }

  /** Every option the plugin read, with the value it got, in the order read. */
  public Map<String, Object> resolved() {
    return Collections.unmodifiableMap(resolved);
  }

  /**
   * Converts an {@link InvalidOptionException} thrown while reading these options into a
   * located {@link ConfigException}. A value the plugin read and then refused is shown as
   * written ({@code 0}, not {@code 0.0}).
   */
  ConfigException locate(InvalidOptionException e) {
    Optional<YamlNode> written = keys.contains(e.key()) ? map.get(e.key()) : Optional.empty();
    String found = e.found();
    if (written.isPresent() && resolved.containsKey(e.key())
        && found.equals(String.valueOf(resolved.get(e.key())))) {
      found = written.get().describe();
    }
    return new ConfigException(written.orElse(map).location(), keyPath(e.key()),
        "expected " + e.expected() + ", found " + found);
  }

  /** Throws for the first key the plugin did not read, listing the keys it and the engine take. */
  void rejectUnreadKeys(String pluginDescription) {
    Optional<String> unread = unreadKeys().stream().findFirst();
    if (unread.isPresent()) {
      String key = unread.get();
      Set<String> known = new LinkedHashSet<>(asked);
      known.addAll(reserved);
      String message = asked.isEmpty()
          ? "unknown key '" + key + "': " + pluginDescription + " takes no options"
          : Names.unknown("key", key, known) + " (for " + pluginDescription + ")";
      throw new ConfigException(map.keyLocation(key), keyPath(key), message);
    }
  }

  private String keyPath(String key) {
    return optionPaths.getOrDefault(key, KeyPaths.child(path, key));
  }

  /**
   * Runs a provider's {@code create} on these options and checks the outcome: option errors
   * become located {@link ConfigException}s, a plugin that crashes or returns {@code null} is
   * named, and keys the plugin never read are reported as unknown.
   *
   * @param plugin the plugin reference these options belong to
   * @param factory calls the provider's {@code create} with these options
   * @return what the provider created
   */
  public <T> T create(PluginRef plugin, Supplier<T> factory) {
    T created;
    try {
      created = factory.get();
    } catch (InvalidOptionException e) {
      throw locate(e);
    } catch (ConfigException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new ConfigException(plugin.location(), plugin.path(),
          "plugin '" + plugin.name() + "' failed to build: " + e);
    }
    if (created == null) {
      throw new ConfigException(plugin.location(), plugin.path(),
          "plugin '" + plugin.name() + "' returned null from create()");
    }
    rejectUnreadKeys("'" + plugin.name() + "'");
    return created;
  }

  private Optional<YamlNode> value(String key) {
    asked.add(key);
    return keys.contains(key) ? map.get(key) : Optional.empty();
  }

  private YamlNode required(String key, String expected) {
    return value(key).orElseThrow(() -> new InvalidOptionException(key, expected, null));
  }

  private <T> T remember(String key, T value) {
    resolved.put(key, value);
    return value;
  }

  private static double number(String key, YamlNode node) {
    if (node instanceof YamlScalar s && s.value() instanceof Number n
        && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new InvalidOptionException(key, "a finite number", node.describe());
  }

  // Whole numbers written as decimals (3.0, 1e3) count, as they do for the engine's own keys.
  private static int integer(String key, YamlNode node) {
    if (node instanceof YamlScalar s && s.value() instanceof Number n) {
      double value = n.doubleValue();
      if (value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
        return (int) value;
      }
    }
    throw new InvalidOptionException(key, "an integer", node.describe());
  }
}
