package org.nnlab.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping with text keys, in the order written. */
public final class YamlMap implements YamlNode {
  private final Map<String, YamlNode> entries = new LinkedHashMap<>();
  private final Map<String, Location> keyLocations = new LinkedHashMap<>();
  private final Location location;

  /**
   * Creates an empty mapping.
   *
   * @param location where the mapping starts
   */
  public YamlMap(Location location) {
    this.location = location;
  }

  /**
   * Adds or replaces an entry.
   *
   * @param key the key
   * @param keyLocation where the key was written
   * @param value the value
   */
  public void put(String key, Location keyLocation, YamlNode value) {
    entries.put(key, value);
    keyLocations.put(key, keyLocation);
  }

  /** Returns the value of {@code key}, if present. */
  public Optional<YamlNode> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Tells whether {@code key} is present. */
  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Removes {@code key}, if present. */
  public void remove(String key) {
    entries.remove(key);
    keyLocations.remove(key);
  }

  /** The keys in the order written, unmodifiable. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /** The entries in the order written, unmodifiable. */
  public Map<String, YamlNode> entries() {
    return Collections.unmodifiableMap(entries);
  }

  /** Where {@code key} was written; the mapping's own location when unknown. */
  public Location keyLocation(String key) {
    return keyLocations.getOrDefault(key, location);
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public String describe() {
    return entries.isEmpty() ? "an empty mapping" : "a mapping";
  }

  @Override
  public YamlMap copy() {
    YamlMap copy = new YamlMap(location);
    entries.forEach((key, value) -> copy.put(key, keyLocations.get(key), value.copy()));
    return copy;
  }
}
