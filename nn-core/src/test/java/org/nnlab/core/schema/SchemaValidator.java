package org.nnlab.core.schema;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nnlab.core.registry.Registry;

/**
 * Checks YAML against a schema {@code nn schema} wrote, as an editor would: the YAML read by
 * Jackson's YAML module, not by nnlab, and the schema applied by an independent JSON Schema
 * library (networknt, draft 2020-12).
 */
public final class SchemaValidator {
  private static final YAMLMapper YAML = new YAMLMapper();

  private final JsonSchema schema;

  private SchemaValidator(JsonNode schema) {
    this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema);
  }

  /** A validator for the schema of a registry's plugins; a plugin left out fails the test. */
  public static SchemaValidator of(Registry registry) {
    PluginCatalog plugins = PluginCatalog.of(registry, warning -> fail("unexpected: " + warning));
    return of(ConfigSchema.text(ConfigSchema.of(plugins)));
  }

  /** A validator for a schema written as JSON text. */
  public static SchemaValidator of(String json) {
    try {
      return new SchemaValidator(new ObjectMapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the schema says about a configuration: one line per error, {@code location keyword:
   * message}, sorted; empty when it accepts it.
   */
  public Set<String> errors(String yaml) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> errors = new TreeSet<>();
    for (ValidationMessage message : schema.validate(tree)) {
      errors.add(message.getInstanceLocation() + " " + message.getType() + ": "
          + message.getMessage());
    }
    return errors;
  }

  /** The errors at one location of one keyword, such as {@code $.training.epochs minimum}. */
  public List<String> errors(String yaml, String location, String keyword) {
    String prefix = location + " " + keyword + ":";
    return errors(yaml).stream().filter(error -> error.startsWith(prefix)).toList();
  }
}
