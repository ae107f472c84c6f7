package org.nnlab.core.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.ConfigKey;
import org.nnlab.core.config.ConfigSection;
import org.nnlab.core.config.ValueForm;

/**
 * The schemas of the engine's own keys, from their declarations: each section a definition
 * with its properties, required keys and rules, each key its type, range, default and
 * description.
 */
final class FormSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> defs;
  private final PluginSchemas plugins;

  FormSchemas(Map<String, ObjectNode> defs, PluginSchemas plugins) {
    this.defs = defs;
    this.plugins = plugins;
  }

  /** The schema of a section: its keys, and the rules between them. */
  ObjectNode section(ConfigSection section) {
    ObjectNode schema = JSON.objectNode();
    schema.put("description", section.description());
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    section.keys().forEach(key -> properties.set(key.name(), key(key)));
    List<String> required =
        section.keys().stream().filter(ConfigKey::isRequired).map(ConfigKey::name).toList();
    if (!required.isEmpty()) {
      ArrayNode list = schema.putArray("required");
      required.forEach(list::add);
    }
    ArrayNode rules = JSON.arrayNode();
    section.exactlyOne().forEach(group -> rules.add(exactlyOne(group)));
    section.excludes().forEach((key, others) -> rules.add(excludes(key, others)));
    if (section.optionsOf().isPresent()) {
      ValueForm.PluginSlot slot = section.optionsOf().get();
      rules.addAll(plugins.optionRules(slot, typeDefault(section, slot), section.keyNames()));
    } else {
      schema.put("additionalProperties", false);
    }
    if (!rules.isEmpty()) {
      schema.set("allOf", rules);
    }
    return schema;
  }

  private ObjectNode key(ConfigKey<?> key) {
    ObjectNode schema = JSON.objectNode();
    schema.put("description", key.description());
    if (key.form() instanceof ValueForm.Plugin plugin) {
      String typeDefault =
          plugin.typeRequired() ? null : (String) key.writtenDefault().orElse(null);
      schema.setAll(plugins.plugin(plugin.slot(), typeDefault));
    } else {
      schema.setAll(form(key.form()));
    }
    key.writtenDefault().ifPresent(value -> schema.set("default", JsonValues.json(value)));
    return schema;
  }

  private ObjectNode form(ValueForm form) {
    ObjectNode schema = JSON.objectNode();
    if (form instanceof ValueForm.Whole whole) {
      schema.put("type", "integer").put("minimum", whole.min()).put("maximum", whole.max());
    } else if (form instanceof ValueForm.Real real) {
      schema.put("type", "number");
      JsonValues.bounds(schema, real.min(), real.minExclusive(), real.max(), real.maxExclusive());
    } else if (form instanceof ValueForm.Flag) {
      schema.put("type", "boolean");
    } else if (form instanceof ValueForm.Exactly exactly) {
      schema.set("const", JsonValues.json(exactly.value()));
    } else if (form instanceof ValueForm.Text) {
      JsonValues.anyScalar(schema);
    } else if (form instanceof ValueForm.Choice choice) {
      ArrayNode names = schema.putArray("enum");
      choice.names().forEach(names::add);
    } else if (form instanceof ValueForm.PluginName name) {
      schema.setAll(plugins.name(name.slot()));
    } else if (form instanceof ValueForm.Plugin plugin) {
      schema.setAll(plugins.plugin(plugin.slot(), null));
    } else if (form instanceof ValueForm.Nested nested) {
      schema.setAll(nested(nested.section()));
    } else if (form instanceof ValueForm.ListOf list) {
      schema.put("type", "array").set("items", form(list.item()));
      if (list.minItems() > 0) {
        schema.put("minItems", list.minItems());
      }
    } else if (form instanceof ValueForm.AnyOf anyOf) {
      ArrayNode forms = schema.putArray("anyOf");
      anyOf.forms().forEach(f -> forms.add(form(f)));
    } else if (form instanceof ValueForm.Rows) {
      schema.setAll(PluginSchemas.reference(ArraySchemas.ROWS));
    } else if (form instanceof ValueForm.Mapping) {
      schema.put("type", "object");
    }
    return schema;
  }

  private ObjectNode nested(ConfigSection section) {
    if (!defs.containsKey(section.name())) {
      defs.put(section.name(), JSON.objectNode());
      defs.put(section.name(), section(section));
    }
    return PluginSchemas.reference(section.name());
  }

  private static ObjectNode exactlyOne(List<String> group) {
    ObjectNode rule = JSON.objectNode();
    ArrayNode branches = rule.putArray("oneOf");
    group.forEach(key -> branches.addObject().putArray("required").add(key));
    return rule;
  }

  // "Property X is not allowed" is what an editor says for a false subschema.
  private static ObjectNode excludes(String key, List<String> others) {
    ObjectNode rule = JSON.objectNode();
    rule.putObject("if").putArray("required").add(key);
    ObjectNode properties = rule.putObject("then").putObject("properties");
    others.forEach(other -> properties.put(other, false));
    return rule;
  }

  private static String typeDefault(ConfigSection section, ValueForm.PluginSlot slot) {
    return section.keys().stream()
        .filter(key -> key.form() instanceof ValueForm.PluginName name && name.slot() == slot)
        .findFirst().flatMap(ConfigKey::writtenDefault).map(String.class::cast).orElse(null);
  }
}
