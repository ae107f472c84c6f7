package org.nnlab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.train.TestExperiments;

class ConfigSchemaTest {
  private static final SchemaValidator SCHEMA = SchemaValidator.of(TestExperiments.REGISTRY);

  private static final String VALID = """
      model:
        inputs: 2
        hidden: [4]
        activation: tanh
        outputs: 1
      loss: mse
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.9}
      training: {epochs: 2, batch_size: 2}
      data:
        inline:
          inputs: [[0, 0], [1, 1]]
          targets: [[0], [1]]
      """;

  private static final String SHORTHAND = "hidden: [4]\n  activation: tanh\n  outputs: 1";

  // Fails rather than leave VALID as it is, which would make a test of a mistake pass vacuously.
  private static String valid(String from, String to) {
    if (!VALID.contains(from)) {
      throw new IllegalArgumentException("the valid configuration has no '" + from + "'");
    }
    return VALID.replace(from, to);
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyBundledExampleIsValid(Path example) throws IOException {
    assertEquals(Set.of(), SCHEMA.errors(Files.readString(example)));
  }

  @Test
  void theConfigurationTheMistakesBreakIsValidForNnlabAndTheSchema() {
    TestExperiments.fromYaml(VALID);
    assertEquals(Set.of(), SCHEMA.errors(VALID));
  }

  // What nnlab refuses (at the key path it names) and where the schema refuses it.
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("unknown top-level key", VALID + "scratch: 1\n", "scratch", "$",
            "additionalProperties"),
        Arguments.of("unknown key in training", valid("batch_size: 2", "batch_size: 2, epoch: 3"),
            "training.epoch", "$.training", "additionalProperties"),
        Arguments.of("text for epochs", valid("epochs: 2", "epochs: many"), "training.epochs",
            "$.training.epochs", "type"),
        Arguments.of("epochs 0", valid("epochs: 2", "epochs: 0"), "training.epochs",
            "$.training.epochs", "minimum"),
        Arguments.of("unknown activation", valid("tanh", "sigmod"), "model.activation",
            "$.model.activation", "enum"),
        Arguments.of("a weight scheme as bias init", valid("activation: tanh",
            "activation: tanh\n  bias_init: xavier_normal"), "model.bias_init",
            "$.model.bias_init", "enum"),
        Arguments.of("unknown sgd option", valid("momentum: 0.9", "momentun: 0.9"),
            "optimizer.momentun", "$.optimizer", "additionalProperties"),
        Arguments.of("momentum 1.5", valid("momentum: 0.9", "momentum: 1.5"),
            "optimizer.momentum", "$.optimizer.momentum", "exclusiveMaximum"),
        Arguments.of("huber delta 0", valid("loss: mse", "loss: {type: huber, delta: 0}"),
            "loss.delta", "$.loss.delta", "exclusiveMinimum"),
        Arguments.of("unknown huber option", valid("loss: mse", "loss: {type: huber, delt: 1}"),
            "loss.delt", "$.loss", "additionalProperties"),
        Arguments.of("unknown loss", valid("loss: mse", "loss: hubber"), "loss", "$.loss",
            "enum"),
        Arguments.of("a key of another schedule", valid("momentum: 0.9}", "momentum: 0.9, "
            + "schedule: {type: step, step_size: 2, patience: 1}}"),
            "optimizer.schedule.patience", "$.optimizer.schedule", "additionalProperties"),
        Arguments.of("unknown schedule", valid("momentum: 0.9}", "momentum: 0.9, "
            + "schedule: {type: cosin}}"), "optimizer.schedule.type",
            "$.optimizer.schedule.type", "const"),
        Arguments.of("clip norm 0", valid("batch_size: 2", "batch_size: 2, clip_grad_norm: 0"),
            "training.clip_grad_norm", "$.training.clip_grad_norm", "exclusiveMinimum"),
        Arguments.of("clipping by norm and value", valid("batch_size: 2",
            "batch_size: 2, clip_grad_norm: 1, clip_grad_value: 1"),
            "training.clip_grad_value", "$.training.clip_grad_value", "false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void nnlabRefusesEachMistakeAtItsKeyPath(String mistake, String yaml, String keyPath,
      String location, String keyword) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> TestExperiments.fromYaml(yaml));
    assertTrue(e.getMessage().contains(": " + keyPath + ": "), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void theSchemaRefusesEachMistakeWhereItIsWritten(String mistake, String yaml, String keyPath,
      String location, String keyword) {
    assertFalse(SCHEMA.errors(yaml, location, keyword).isEmpty(), SCHEMA.errors(yaml).toString());
  }

  @Test
  void aScheduleAndClippingAreValidForNnlabAndTheSchema() {
    String yaml = valid("momentum: 0.9}", "momentum: 0.9, schedule: {type: cosine, "
        + "warmup_epochs: 1, min_lr: 0.001}}").replace("batch_size: 2",
        "batch_size: 2, clip_grad_norm: 1.5");
    TestExperiments.fromYaml(yaml);
    assertEquals(Set.of(), SCHEMA.errors(yaml));
  }

  @Test
  void biasInitOfTheModelAndOfALayerIsValidForNnlabAndTheSchema() {
    String yaml = valid(SHORTHAND, """
        bias_init: standard
          layers:
            - {units: 4, activation: tanh, bias_init: zeros}
            - {units: 1}""");
    TestExperiments.fromYaml(yaml);
    assertEquals(Set.of(), SCHEMA.errors(yaml));
  }

  @Test
  void anUnknownKeyIsNamedInTheError() {
    assertEquals(List.of("$ additionalProperties: $: property 'scratch' is not defined in the "
        + "schema and the schema does not allow additional properties"),
        SCHEMA.errors(VALID + "scratch: 1\n", "$", "additionalProperties"));
  }

  @Test
  void dataWithTwoSourcesIsRefusedAsNnlabRefusesIt() {
    String two = VALID + "  synthetic: {name: xor}\n";
    assertThrows(ConfigException.class, () -> TestExperiments.fromYaml(two));
    assertFalse(SCHEMA.errors(two, "$.data", "oneOf").isEmpty(), SCHEMA.errors(two).toString());
  }

  @Test
  void layersNextToTheShorthandAreRefused() {
    String mixed = valid("hidden: [4]", "layers: [{units: 1}]");
    assertThrows(ConfigException.class, () -> TestExperiments.fromYaml(mixed));
    assertFalse(SCHEMA.errors(mixed, "$.model.activation", "false").isEmpty(),
        SCHEMA.errors(mixed).toString());
  }

  @Test
  void anExplicitLayerWithoutTypeIsADenseLayerWithItsOptions() {
    String explicit = valid(SHORTHAND,
        "layers: [{units: 4, activation: tanh}, {units: 1, biases: [0.5]}]");
    assertEquals(Set.of(), SCHEMA.errors(explicit));
  }

  @Test
  void anUnknownOptionOfALayerWithoutTypeIsRefusedAsAnUnknownDenseOption() {
    String typo = valid(SHORTHAND,
        "layers: [{unit: 4, activation: tanh}, {units: 1}]");
    assertThrows(ConfigException.class, () -> TestExperiments.fromYaml(typo));
    assertFalse(SCHEMA.errors(typo, "$.model.layers[0]", "additionalProperties").isEmpty(),
        SCHEMA.errors(typo).toString());
  }

  @Test
  void aLargeArrayKeptInASidecarIsAcceptedWhereNumbersAre() {
    String sidecar = valid(SHORTHAND,
        "layers: [{units: 1, weights: !sidecar {file: m.yaml.0.arrays, offset: 0, "
            + "shape: [1, 2]}}]");
    assertEquals(Set.of(), SCHEMA.errors(sidecar));
  }

  @Test
  void statisticsOffIsReadAsOffWhetherYamlTakesItForTextOrForFalse() {
    for (String off : List.of("off", "\"off\"", "false")) {
      String yaml = valid("batch_size: 2", "batch_size: 2, statistics: " + off);
      assertEquals(TrainingConfig.Statistics.OFF,
          TestExperiments.fromYaml(yaml).config().training().statistics(), off);
      assertEquals(Set.of(), SCHEMA.errors(yaml), off);
    }
  }

  @Test
  void statisticsTrueIsRefusedByNnlabAndTheSchema() {
    String yaml = valid("batch_size: 2", "batch_size: 2, statistics: true");
    ConfigException e = assertThrows(ConfigException.class, () -> TestExperiments.fromYaml(yaml));
    assertTrue(e.getMessage().endsWith("training.statistics: expected a name, found true"),
        e.getMessage());
    assertFalse(SCHEMA.errors(yaml, "$.training.statistics", "enum").isEmpty(),
        SCHEMA.errors(yaml).toString());
  }

  @Test
  void aSavedModelsStateIsAllowedAsAnyMapping() {
    assertEquals(Set.of(), SCHEMA.errors(VALID + "state: {classes: [a, b], epoch: 3}\n"));
  }

  @Test
  void theSchemaListsEveryTopLevelKeyTheReaderAllows() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(
        ConfigSchema.text(ConfigSchema.of(PluginCatalog.of(TestExperiments.REGISTRY, w -> { }))));
    List<String> keys = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(keys::add);
    assertEquals(ConfigReader.ROOT_KEYS, keys);
  }

  @Test
  void theSchemaTextIsTheSameOnEveryRun() {
    PluginCatalog plugins = PluginCatalog.of(TestExperiments.REGISTRY, w -> { });
    assertEquals(ConfigSchema.text(ConfigSchema.of(plugins)),
        ConfigSchema.text(ConfigSchema.of(PluginCatalog.of(TestExperiments.REGISTRY, w -> { }))));
  }

  @Test
  void theSchemaDeclaresDraft2020And12() {
    String text = ConfigSchema.text(ConfigSchema.of(PluginCatalog.of(TestExperiments.REGISTRY,
        w -> { })));
    assertTrue(text.startsWith(
        "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","), text);
  }
}
