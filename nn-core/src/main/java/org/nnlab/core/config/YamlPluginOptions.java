package org.nnlab.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.internal.OptionReader;
import org.nnlab.api.internal.RefusedOption;

/**
 * A plugin's options read from a YAML mapping. The values follow the rules the test kit applies
 * too ({@link OptionReader}); this class adds where each was written, so that a refused value or
 * an unknown key is reported at its file, line and key path.
 */
public final class YamlPluginOptions implements PluginOptions {
  private final YamlMap map;
  private final String path;
  private final Set<String> reserved;
  private final Map<String, String> optionPaths;
  private final OptionReader reader;

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
    Map<String, YamlOptionValue> written = new LinkedHashMap<>();
    for (String key : map.keys()) {
      if (!reserved.contains(key)) {
        written.put(key, new YamlOptionValue(map.get(key).orElseThrow()));
      }
    }
    this.reader = new OptionReader(written);
  }

  @Override
  public boolean has(String key) {
    return reader.has(key);
  }

  @Override
  public Set<String> keys() {
    return reader.keys();
  }

  // A written value equal to the default is the default, even when the plugin's default is not
  // finite: so a saved configuration, which writes every default, reads back.
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

  /** The keys written in the configuration that the plugin never asked for. */
  public Set<String> unreadKeys() {
    return reader.unreadKeys();
  }

  /** The keys the plugin asked for, written or not: the options it supports. */
  public Set<String> askedKeys() {
    return reader.askedKeys();
  }

  /** Every option the plugin read, with the value it got, in the order read. */
  public Map<String, Object> resolved() {
    return reader.resolved();
  }

  /**
   * Converts an {@link InvalidOptionException} thrown while reading these options into a
   * located {@link ConfigException}: at the very list item the option rules refused, else at the
   * option's value. A value the plugin read and then refused is shown as written ({@code 0}, not
   * {@code 0.0}).
   */
  ConfigException locate(InvalidOptionException e) {
    if (e instanceof RefusedOption refused && refused.value() instanceof YamlOptionValue item) {
      return new ConfigException(item.node().location(),
          keyPath(refused.option()) + refused.index(),
          "expected " + e.expected() + ", found " + e.found());
    }
    Optional<YamlNode> written =
        reader.written(e.key()).map(value -> ((YamlOptionValue) value).node());
    String found = e.found();
    if (written.isPresent() && resolved().containsKey(e.key())
        && found.equals(String.valueOf(resolved().get(e.key())))) {
      found = written.get().describe();
    }
    return new ConfigException(written.orElse(map).location(), keyPath(e.key()),
        "expected " + e.expected() + ", found " + found);
  }

  /** Throws for the first key the plugin did not read, listing the keys it and the engine take. */
  void rejectUnreadKeys(String pluginDescription) {
    Optional<String> unread = reader.unreadKeys().stream().findFirst();
    if (unread.isPresent()) {
      String key = unread.get();
      throw new ConfigException(map.keyLocation(key), keyPath(key),
          reader.unknownKeyMessage(key, reserved, pluginDescription));
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
}
