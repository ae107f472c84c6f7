package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.schema.SchemaValidator;

class SchemaCommandTest {
  // 520 hidden units: each weight matrix holds 1040 numbers, enough for the sidecar file.
  private static final String WIDE = """
      name: wide
      seed: 3
      model: {inputs: 2, hidden: [520], activation: tanh, outputs: 2}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.5}
      training: {epochs: 1, batch_size: 10}
      data:
        synthetic: {name: xor, samples: 20}
      validation: {fraction: 0.25}
      """;

  private static final String SCALED = """
      package com.acme;

      import java.util.List;
      import org.nnlab.api.*;

      public final class Scaled implements ActivationProvider {
        static final OptionDescription SLOPE =
            OptionDescription.of("slope", "the slope of the line").greaterThan(0);

        @Override public String name() { return "scaled"; }
        @Override public String apiVersion() { return NnApi.VERSION; }
        @Override public List<OptionDescription> describeOptions() { return List.of(SLOPE); }
        @Override public Activation create(PluginOptions options) {
          double slope = options.number("slope", 1.0);
          if (!SLOPE.accepts(slope)) {
            throw new InvalidOptionException("slope", "a positive number", slope);
          }
          return new Activation() {
            @Override public double apply(double x) { return slope * x; }
            @Override public double derivative(double x, double y) { return slope; }
          };
        }
      }
      """;

  private static String config(String activation) {
    return Cli.VALID.replace("outputs: 1", "outputs: 1\n  activation: " + activation);
  }

  private static SchemaValidator schema(String... args) {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.code(), result.err());
    return SchemaValidator.of(result.out());
  }

  private static Path scaledPlugin(Path folder) throws IOException {
    TestPlugins.jar(folder.resolve("scaled.jar")).source("com.acme.Scaled", SCALED)
        .service(ActivationProvider.class, "com.acme.Scaled").write();
    return folder;
  }

  @Test
  void schemaPrintsAJsonSchemaOfDraft2020And12WithoutWarnings() {
    Cli.Result result = Cli.run("schema");
    assertEquals("", result.err());
    assertTrue(result.out().startsWith(
        "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"), result.out());
  }

  @Test
  void aModelSavedByTrainIsValid(@TempDir Path folder) throws IOException {
    Path config = Cli.write(folder, "wide.yaml", WIDE);
    Path saved = folder.resolve("saved.yaml");
    assertEquals(0, Cli.train(config, "--save", saved.toString(), "-q").code());
    String model = Files.readString(saved);
    assertTrue(model.contains("!sidecar") && model.contains("\nstate:\n"), model);
    assertEquals(Set.of(), schema("schema").errors(model));
  }

  @Test
  void outWritesTheSameSchemaToAFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("nnlab.schema.json");
    Cli.Result result = Cli.run("schema", "--out", file.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals("", result.out());
    assertEquals(Cli.run("schema").out(), Files.readString(file));
  }

  @Test
  void anOutFileInAFolderThatCannotBeMadeIsRefusedAsBadUsage(@TempDir Path folder)
      throws IOException {
    Path blocker = Cli.write(folder, "file", "x");
    Cli.Result result = Cli.run("schema", "--out", blocker.resolve("s.json").toString());
    assertEquals(2, result.code());
    assertEquals("error: --out " + blocker.resolve("s.json") + ": " + blocker + " cannot create "
        + "this folder: " + blocker + " is a file, not a folder\n", result.err());
  }

  @Test
  void aPluginFoundWithPluginsIsOfferedByName(@TempDir Path plugins) throws IOException {
    SchemaValidator schema = schema("schema", "--plugins", scaledPlugin(plugins).toString());
    assertEquals(Set.of(), schema.errors(config("{type: scaled, slope: 2}")));
  }

  @Test
  void aPluginsOptionIsCheckedAgainstTheRangeItDescribes(@TempDir Path plugins)
      throws IOException {
    SchemaValidator schema = schema("--plugins", scaledPlugin(plugins).toString(), "schema");
    String flat = config("{type: scaled, slope: 0}");
    assertFalse(schema.errors(flat, "$.model.activation.slope", "exclusiveMinimum").isEmpty(),
        schema.errors(flat).toString());
  }

  @Test
  void anOptionAPluginDoesNotReadIsRefused(@TempDir Path plugins) throws IOException {
    SchemaValidator schema = schema("schema", "--plugins", scaledPlugin(plugins).toString());
    String typo = config("{type: scaled, slop: 2}");
    assertFalse(schema.errors(typo, "$.model.activation", "additionalProperties").isEmpty(),
        schema.errors(typo).toString());
  }

  @Test
  void aPluginNotFoundIsNotOffered() {
    String unknown = config("{type: scaled, slope: 2}");
    assertFalse(schema("schema").errors(unknown, "$.model.activation.type", "enum").isEmpty());
  }

  @Test
  void aPluginThatFailsWhenAskedIsLeftOutWithAWarningAndTheSchemaIsStillWritten(
      @TempDir Path plugins) throws IOException {
    Path jar = BrokenPlugins.everyMethodThrows(plugins);
    Cli.Result result = Cli.run("schema", "--plugins", plugins.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.err().contains("warning: activation 'createerror' (com.acme.CreateError, "
        + jar + ") is left out of the schema: describeOptions() or create() threw "
        + "java.lang.StackOverflowError\n"), result.err());
    SchemaValidator schema = SchemaValidator.of(result.out());
    assertFalse(schema.errors(config("createerror"), "$.model.activation", "enum").isEmpty());
  }

  @Test
  void helpShowsHowToWriteTheSchemaForAnEditor() {
    Cli.Result result = Cli.run("schema", "--help");
    assertEquals(0, result.code());
    assertTrue(result.out().contains("./nn schema > nnlab.schema.json"), result.out());
  }
}
