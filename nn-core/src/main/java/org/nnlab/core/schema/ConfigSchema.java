package org.nnlab.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.nnlab.core.config.RootKeys;

/**
 * The JSON Schema (draft 2020-12) of a configuration file, generated from the declarations the
 * readers validate with ({@link RootKeys} and the sections below it) and from the plugins found:
 * their names, and for each its options with their types, ranges, defaults and descriptions.
 * An editor with a YAML language server uses it to complete keys and flag mistakes.
 *
 * <p>The schema accepts no more than nnlab does for the mistakes it can express (an unknown
 * key, a value of the wrong type, a number out of range, an unknown plugin or plugin option);
 * what depends on the data or on several values at once (the inputs matching the data's
 * columns, a layer fitting in memory) is left to {@code nn train}.
 *
 * <p>It uses only keywords that draft-07 knows too ({@code if}/{@code then}, {@code const},
 * {@code oneOf}, references by JSON pointer), because the YAML language server behind VS Code's
 * YAML extension validates with a draft-07 engine whatever {@code $schema} says.
 */
public final class ConfigSchema {
  /** The dialect of the schema. */
  public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private ConfigSchema() {}

  /**
   * Builds the schema.
   *
   * @param plugins the plugins to offer
   * @return the schema, its keys in a fixed order
   */
  public static ObjectNode of(PluginCatalog plugins) {
    Map<String, ObjectNode> defs = new TreeMap<>();
    ArraySchemas.define(defs);
    FormSchemas forms = new FormSchemas(defs, new PluginSchemas(plugins, defs));
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("title", "nnlab experiment");
    schema.setAll(forms.section(RootKeys.SECTION));
    schema.putObject("$defs").setAll(defs);
    return schema;
  }

  /**
   * Writes a schema as pretty-printed JSON: two spaces of indentation, {@code "key": value},
   * a newline at the end, the same bytes on every platform.
   *
   * @param schema the schema
   * @return the text
   */
  public static String text(ObjectNode schema) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
