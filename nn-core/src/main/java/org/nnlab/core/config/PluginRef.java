package org.nnlab.core.config;

import java.util.Map;
import java.util.Set;

/**
 * A plugin named in a configuration, with the options written next to it.
 *
 * <p>Written either as a bare name ({@code activation: relu}) or as a mapping whose {@code type}
 * key is the name ({@code optimizer: {type: sgd, learning_rate: 0.1}}).
 *
 * @param name the registered name
 * @param options the mapping holding the options; empty for the bare form
 * @param reserved keys of {@code options} that belong to the engine, not the plugin
 * @param path the key path where the plugin is named
 * @param location where the name was written
 * @param optionPaths the key paths of options written somewhere other than {@code path.key}:
 *     the shorthand {@code hidden: [64]} gives the units of a dense layer at
 *     {@code model.hidden[0]}
 */
public record PluginRef(
    String name,
    YamlMap options,
    Set<String> reserved,
    String path,
    Location location,
    Map<String, String> optionPaths) {
  /** The key of the mapping form that names the plugin. */
  public static final String TYPE = "type";


  /** Creates the record, copying the collections. */
  public PluginRef {
    reserved = Set.copyOf(reserved);
    optionPaths = Map.copyOf(optionPaths);
  }

  /** Creates a reference whose options are all written under {@code path}. */
  public PluginRef(
      String name, YamlMap options, Set<String> reserved, String path, Location location) {
    this(name, options, reserved, path, location, Map.of());
  }

  /** The key path of the name itself: {@code path.type} in the mapping form, else the path. */
  public String namePath() {
    return reserved.contains(TYPE) && options.has(TYPE) ? KeyPaths.child(path, TYPE) : path;
  }

  /** Returns the plugin's options, reading them records which keys the plugin supports. */
  public YamlPluginOptions pluginOptions() {
    return new YamlPluginOptions(options, path, reserved, optionPaths);
  }
}
