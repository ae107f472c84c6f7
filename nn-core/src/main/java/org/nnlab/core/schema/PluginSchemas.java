package org.nnlab.core.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.ValueForm;
import org.nnlab.core.registry.PluginKind;

/**
 * The schemas of plugins: the names of each kind, and the mapping form {@code {type: name,
 * option: value}} whose options depend on the name, one {@code if}/{@code then} per plugin.
 */
final class PluginSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final PluginCatalog catalog;
  private final Map<String, ObjectNode> defs;

  PluginSchemas(PluginCatalog catalog, Map<String, ObjectNode> defs) {
    this.catalog = catalog;
    this.defs = defs;
  }

  /** The kind of plugin of a slot of the format. */
  static PluginKind<?> kind(ValueForm.PluginSlot slot) {
    return switch (slot) {
      case ACTIVATION -> PluginKind.ACTIVATION;
      case LOSS -> PluginKind.LOSS;
      case OPTIMIZER -> PluginKind.OPTIMIZER;
      case LAYER -> PluginKind.LAYER;
    };
  }

  /** A reference to the names of a kind: an enum of the plugins in the catalog. */
  ObjectNode name(ValueForm.PluginSlot slot) {
    String def = kind(slot).noun().replace(' ', '_') + "_name";
    if (!defs.containsKey(def)) {
      ObjectNode names = JSON.objectNode();
      names.put("description", "the name of a registered " + kind(slot).noun()
          + " (nn plugins lists them)");
      ArrayNode values = names.putArray("enum");
      catalog.plugins(kind(slot)).forEach(entry -> values.add(entry.name()));
      defs.put(def, names);
    }
    return reference(def);
  }

  /**
   * A reference to a plugin of a kind: a bare name, or a mapping of its name and its options.
   *
   * @param slot the kind
   * @param typeDefault the plugin a mapping without {@code type} names, or {@code null} when the
   *     mapping must name it
   */
  ObjectNode plugin(ValueForm.PluginSlot slot, String typeDefault) {
    String def = kind(slot).noun().replace(' ', '_');
    if (!defs.containsKey(def)) {
      ObjectNode mapping = JSON.objectNode();
      mapping.put("type", "object");
      mapping.putObject("properties").set(PluginRef.TYPE, name(slot));
      if (typeDefault == null) {
        mapping.putArray("required").add(PluginRef.TYPE);
      }
      mapping.set("allOf", optionRules(slot, typeDefault, List.of(PluginRef.TYPE)));
      ObjectNode plugin = JSON.objectNode();
      plugin.putArray("anyOf").add(name(slot)).add(mapping);
      defs.put(def, plugin);
    }
    return reference(def);
  }

  /**
   * One rule per plugin of a kind: when a mapping names it (or names none and it is the
   * default), its keys are the engine's and the plugin's options, and no others.
   *
   * @param slot the kind
   * @param typeDefault the plugin a mapping without {@code type} names, or {@code null}
   * @param engineKeys keys of the mapping the engine reads itself
   */
  ArrayNode optionRules(ValueForm.PluginSlot slot, String typeDefault,
      Collection<String> engineKeys) {
    ArrayNode rules = JSON.arrayNode();
    for (PluginCatalog.Entry entry : catalog.plugins(kind(slot))) {
      ObjectNode rule = rules.addObject();
      ObjectNode condition = rule.putObject("if");
      condition.putObject("properties").putObject(PluginRef.TYPE).put("const", entry.name());
      if (!entry.name().equals(typeDefault)) {
        condition.putArray("required").add(PluginRef.TYPE);
      }
      ObjectNode then = rule.putObject("then");
      if (!entry.description().isEmpty()) {
        then.put("description", entry.description());
      }
      ObjectNode properties = then.putObject("properties");
      engineKeys.forEach(key -> properties.put(key, true));
      entry.options().forEach(option -> properties.set(option.key(), OptionSchemas.of(option)));
      then.put("additionalProperties", false);
    }
    return rules;
  }

  static ObjectNode reference(String def) {
    return JSON.objectNode().put("$ref", "#/$defs/" + def);
  }
}
