package org.nnlab.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Small pieces of JSON Schema: values, bounds, and the forms of a scalar. */
final class JsonValues {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The largest magnitude up to which every integral double is written as an integer. */
  private static final double EXACT_INTEGERS = 0x1p53;

  private JsonValues() {}

  /** A value as JSON: numbers, booleans, text, lists and maps of them. */
  static JsonNode json(Object value) {
    if (value instanceof Double number) {
      return number(number);
    }
    if (value instanceof Integer number) {
      return JSON.numberNode(number);
    }
    if (value instanceof Long number) {
      return JSON.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return JSON.booleanNode(flag);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JSON.arrayNode();
      list.forEach(item -> array.add(json(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.objectNode();
      map.forEach((key, item) -> object.set(String.valueOf(key), json(item)));
      return object;
    }
    return JSON.textNode(String.valueOf(value));
  }

  /** A number, written as an integer when it is one: {@code 1} rather than {@code 1.0}. */
  static JsonNode number(double value) {
    return value == Math.rint(value) && Math.abs(value) <= EXACT_INTEGERS
        ? JSON.numberNode((long) value) : JSON.numberNode(value);
  }

  /** Adds the finite bounds among these to {@code schema}. */
  static void bounds(ObjectNode schema, double min, boolean minExclusive, double max,
      boolean maxExclusive) {
    if (Double.isFinite(min)) {
      schema.set(minExclusive ? "exclusiveMinimum" : "minimum", number(min));
    }
    if (Double.isFinite(max)) {
      schema.set(maxExclusive ? "exclusiveMaximum" : "maximum", number(max));
    }
  }

  /** Makes {@code schema} accept any scalar but null, as text is read. */
  static void anyScalar(ObjectNode schema) {
    schema.putArray("type").add("string").add("number").add("boolean");
  }
}
