package org.nnlab.core.config;

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
 */
public record PluginRef(
    String name, YamlMap options, Set<String> reserved, String path, Location location) {

  /** Returns the plugin's options, reading them records which keys the plugin supports. */
  public YamlPluginOptions pluginOptions() {
    return new YamlPluginOptions(options, path, reserved);
  }
}
