package org.nnlab.core.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nnlab.api.OptionDescription;
import org.nnlab.core.registry.PluginOption;

/** The schema of one plugin option: its type from the getter, its range and default. */
final class OptionSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OptionSchemas() {}

  static ObjectNode of(PluginOption option) {
    ObjectNode schema = JSON.objectNode();
    option.description().ifPresent(d -> schema.put("description", d.text()));
    switch (option.kind()) {
      case NUMBER -> schema.put("type", "number");
      case INTEGER -> schema.put("type", "integer");
      case FLAG -> schema.put("type", "boolean");
      case TEXT -> JsonValues.anyScalar(schema);
      case VECTOR -> schema.setAll(PluginSchemas.reference(ArraySchemas.VECTOR));
      case MATRIX -> schema.setAll(PluginSchemas.reference(ArraySchemas.MATRIX));
    }
    option.description().ifPresent(d -> range(schema, d));
    option.defaultValue().ifPresent(value -> schema.set("default", JsonValues.json(value)));
    return schema;
  }

  private static void range(ObjectNode schema, OptionDescription description) {
    JsonValues.bounds(schema, description.minimum(), description.minimumExclusive(),
        description.maximum(), description.maximumExclusive());
  }
}
