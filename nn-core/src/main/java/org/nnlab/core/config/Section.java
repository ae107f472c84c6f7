package org.nnlab.core.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One mapping of a configuration being validated, with its key path and the keys it allows.
 *
 * <p>{@link #rejectUnknownKeys()} reports the first key that is not allowed, with the allowed ones
 * and a "did you mean".
 */
public final class Section {
  private final YamlMap map;
  private final String path;
  private final Set<String> allowed;

  /**
   * Creates a section.
   *
   * @param node the node, which must be a mapping
   * @param path the node's key path, empty for the root
   * @param allowed the keys this mapping may have
   */
  public Section(YamlNode node, String path, List<String> allowed) {
    this.map = Values.map(node, path);
    this.path = path;
    this.allowed = new LinkedHashSet<>(allowed);
  }

  /** The mapping. */
  public YamlMap map() {
    return map;
  }

  /** The section's key path. */
  public String path() {
    return path;
  }

  /** The key path of one of its keys. */
  public String path(String key) {
    return KeyPaths.child(path, key);
  }

  /** Returns the value of an allowed key, if present. */
  public Optional<YamlNode> get(String key) {
    if (!allowed.contains(key)) {
      throw new IllegalArgumentException("key '" + key + "' is not declared for " + path);
    }
    return map.get(key);
  }

  /** Returns the value of an allowed key, or throws a message saying it is required. */
  public YamlNode require(String key, String expected) {
    return get(key)
        .orElseThrow(
            () -> new ConfigException(
                map.location(), path, "missing key '" + key + "': expected " + expected));
  }

  /** Throws for the first key that is not allowed. */
  public void rejectUnknownKeys() {
    for (String key : map.keys()) {
      if (!allowed.contains(key)) {
        throw new ConfigException(
            map.keyLocation(key), path(key), Names.unknown("key", key, allowed));
      }
    }
  }
}
