package org.nnlab.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mapping of the configuration format: its keys in the order documented and written, and
 * the rules between them: groups of which exactly one key must be written ({@code data}'s
 * {@code inline}, {@code csv} or {@code synthetic}), keys that exclude others ({@code
 * model.layers} and the shorthand), and, for a layer entry, that the keys not declared are the
 * options of the plugin it names.
 *
 * @param name the mapping's name in the schema's definitions, such as {@code model}
 * @param description one line saying what the mapping holds
 * @param keys the keys, in order
 * @param exactlyOne groups of keys of which exactly one must be written
 * @param excludes for a key, the keys that may not be written next to it
 * @param optionsOf the kind of plugin whose options the undeclared keys are, if any
 */
public record ConfigSection(String name, String description, List<ConfigKey<?>> keys,
    List<List<String>> exactlyOne, Map<String, List<String>> excludes,
    Optional<ValueForm.PluginSlot> optionsOf) {

  /** Creates the record, copying the collections. */
  public ConfigSection {
    keys = List.copyOf(keys);
    exactlyOne = exactlyOne.stream().map(List::copyOf).toList();
    excludes = Collections.unmodifiableMap(new LinkedHashMap<>(excludes));
  }

  /** A mapping of these keys, without rules between them. */
  public static ConfigSection of(String name, String description, ConfigKey<?>... keys) {
    return new ConfigSection(name, description, List.of(keys), List.of(), Map.of(),
        Optional.empty());
  }

  /** This section, where exactly one of {@code keys} must be written. */
  public ConfigSection exactlyOneOf(String... keys) {
    List<List<String>> groups = new ArrayList<>(exactlyOne);
    groups.add(List.of(keys));
    return new ConfigSection(name, description, this.keys, groups, excludes, optionsOf);
  }

  /** This section, where {@code others} may not be written next to {@code key}. */
  public ConfigSection excluding(String key, String... others) {
    Map<String, List<String>> map = new LinkedHashMap<>(excludes);
    map.put(key, List.of(others));
    return new ConfigSection(name, description, keys, exactlyOne, map, optionsOf);
  }

  /** This section, whose undeclared keys are options of the plugin of kind {@code slot}. */
  public ConfigSection withOptionsOf(ValueForm.PluginSlot slot) {
    return new ConfigSection(name, description, keys, exactlyOne, excludes, Optional.of(slot));
  }

  /** The names of the keys, in order. */
  public List<String> keyNames() {
    return keys.stream().map(ConfigKey::name).toList();
  }

  /** The section of {@code node}, at {@code path}, allowing these keys. */
  public Section section(YamlNode node, String path) {
    return new Section(node, path, keyNames());
  }

  /** Joins names for a message: {@code inline, csv or synthetic}. */
  public static String alternatives(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }
}
