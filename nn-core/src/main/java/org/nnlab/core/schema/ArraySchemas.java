package org.nnlab.core.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.nnlab.core.config.SidecarFormat;

/**
 * The schemas of numbers in lists: a plugin's vectors and matrices, inline data's rows, and the
 * {@code !sidecar} reference a saved model writes instead of a large list.
 */
final class ArraySchemas {
  /** The definition of a list of numbers. */
  static final String VECTOR = "vector";

  /** The definition of a list of rows of numbers. */
  static final String MATRIX = "matrix";

  /** The definition of inline data's rows. */
  static final String ROWS = "rows";

  /** The definition of a reference to numbers in a sidecar file. */
  static final String SIDECAR = "sidecar";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ArraySchemas() {}

  /** Adds the definitions to {@code defs}. */
  static void define(Map<String, ObjectNode> defs) {
    defs.put(SIDECAR, sidecar());
    ObjectNode vector = JSON.objectNode();
    vector.put("description", "a list of numbers; a single number counts as a list of one");
    vector.putArray("anyOf").add(number()).add(numbers()).add(PluginSchemas.reference(SIDECAR));
    defs.put(VECTOR, vector);
    ObjectNode matrix = JSON.objectNode();
    matrix.put("description", "a list of equally long lists of numbers, one per row");
    matrix.putArray("anyOf").add(rows()).add(PluginSchemas.reference(SIDECAR));
    defs.put(MATRIX, matrix);
    ObjectNode rows = JSON.objectNode();
    rows.put("description", "one row of numbers per sample; a flat list is one column");
    rows.putArray("anyOf").add(rows()).add(numbers().put("minItems", 1))
        .add(PluginSchemas.reference(SIDECAR));
    defs.put(ROWS, rows);
  }

  private static ObjectNode sidecar() {
    ObjectNode sidecar = JSON.objectNode();
    sidecar.put("description", "numbers kept in a saved model's sidecar file, written "
        + SidecarFormat.TAG + " {file, offset, shape}");
    sidecar.put("type", "object");
    ObjectNode properties = sidecar.putObject("properties");
    properties.putObject(SidecarFormat.FILE).put("type", "string");
    properties.putObject(SidecarFormat.OFFSET).put("type", "integer").put("minimum", 0);
    ObjectNode shape = properties.putObject(SidecarFormat.SHAPE).put("type", "array");
    shape.putObject("items").put("type", "integer").put("minimum", 0);
    shape.put("minItems", 1).put("maxItems", 2);
    sidecar.putArray("required").add(SidecarFormat.FILE).add(SidecarFormat.OFFSET)
        .add(SidecarFormat.SHAPE);
    sidecar.put("additionalProperties", false);
    return sidecar;
  }

  private static ObjectNode number() {
    return JSON.objectNode().put("type", "number");
  }

  private static ObjectNode numbers() {
    ObjectNode list = JSON.objectNode().put("type", "array");
    list.set("items", number());
    return list;
  }

  private static ObjectNode rows() {
    ObjectNode list = JSON.objectNode().put("type", "array").put("minItems", 1);
    list.set("items", numbers());
    return list;
  }
}
