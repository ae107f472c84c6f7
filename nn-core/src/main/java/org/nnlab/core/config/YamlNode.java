package org.nnlab.core.config;

/**
 * A node of a parsed YAML document that remembers where it was written.
 *
 * <p>Trees are built by {@link YamlReader} and may be edited before validation (command-line
 * overrides, experiment grids); nodes are otherwise plain data.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar, YamlArray {

  /** Where this node starts in its file. */
  Location location();

  /**
   * A short description for messages: {@code a mapping}, {@code an empty list}, or the scalar's
   * text.
   */
  String describe();

  /** Returns a deep copy, so that one parsed tree can be varied several ways. */
  YamlNode copy();
}
