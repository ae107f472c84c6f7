package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.LossProvider;
import org.nnlab.core.config.ConfigOverrides;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.config.YamlScalar;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;

class TrainingReportTest {

  private static JsonNode report(String example, String... overrides) throws Exception {
    Experiment experiment = TestExperiments.example(example, overrides);
    String json = TrainingReport.json(experiment, TestExperiments.train(experiment));
    return new ObjectMapper().readTree(json);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void reportHasTheResolvedConfigLayersAndEpochs() throws Exception {
    JsonNode report = report("vanishing-relu.yaml", "training.epochs=2");
    assertEquals(List.of("config", "engine", "layers", "epochs", "verdict", "diverged",
        "plugin_failure"),
        keys(report));
    assertEquals("float64", report.at("/engine/precision").asText());
    assertEquals("auto", report.at("/engine/backend").asText());
    assertEquals(2, report.at("/verdict/epoch").asInt());
    assertEquals("healthy", report.at("/verdict/kind").asText());
    assertEquals("he_uniform", report.at("/config/model/layers/0/init").asText());
    assertEquals(0.9, report.at("/config/optimizer/momentum").asDouble(), 0.0);
    assertEquals(11, report.get("layers").size());
    assertEquals(List.of("index", "type", "inputs", "units", "activation", "parameters"),
        keys(report.get("layers").get(0)));
    assertEquals(2 * 32 + 32, report.at("/layers/0/parameters").asInt());
    assertTrue(report.get("diverged").isNull());
  }

  @Test
  void everyEpochHasExactlyTheDocumentedKeysWithOneValuePerLayer() throws Exception {
    JsonNode report = report("vanishing-sigmoid.yaml", "training.epochs=2");
    assertEquals(2, report.get("epochs").size());
    for (JsonNode epoch : report.get("epochs")) {
      assertEquals(List.of("epoch", "loss", "accuracy", "learning_rate", "grad_norms",
          "bias_grad_norms", "weight_norms", "update_ratios", "activation_grad_means",
          "saturated_fractions", "dead_fractions"), keys(epoch));
      assertEquals(0.01, epoch.get("learning_rate").asDouble(), "the optimizer's rate");
      for (String perLayer : keys(epoch).subList(4, 11)) {
        assertEquals(11, epoch.get(perLayer).size(), perLayer);
      }
    }
  }

  @Test
  void textThatYamlWouldChangeIsEscapedSoTheConfigReadsBackAsJsonAndAsYaml() throws Exception {
    String name = "a\u007fb\u009bc\u0085d\ud800e\u2028f\ud83d\ude00";
    Experiment experiment = TestExperiments.fromYaml(
        "name: \"a\\x7Fb\\x9Bc\\Nd\\uD800e\\Lf\\U0001F600\"\n"
        + "model: {inputs: 1, layers: [{units: 1}]}\nloss: mse\n"
        + "data: {inline: {inputs: [1], targets: [1]}}\n");
    String json = TrainingReport.json(experiment, TestExperiments.train(experiment));
    assertTrue(json.contains("\"a\\u007Fb\\u009Bc\\u0085d\\uD800e\\u2028f\\uD83D\\uDE00\""), json);
    assertEquals(name, new ObjectMapper().readTree(json).at("/config/name").asText());
    YamlMap yaml = (YamlMap) new YamlReader().parse(json, "report.json");
    YamlMap config = (YamlMap) yaml.get("config").orElseThrow();
    assertEquals(name, ((YamlScalar) config.get("name").orElseThrow()).value());
  }

  @Test
  void aPluginFailureIsReportedWithThePluginAndWhereItFailed(@TempDir Path plugins)
      throws Exception {
    TestPlugins.jar(plugins.resolve("bad.jar")).source("com.acme.Bad", TestPlugins.loss(
        "com.acme.Bad", "bad", "if (true) throw new AssertionError(\"bad\");"))
        .service(LossProvider.class, "com.acme.Bad").write();
    YamlNode tree = new ConfigReader().parse(Path.of("..", "examples", "mazur.yaml"));
    new ConfigOverrides().apply(tree, "loss=bad", "test");
    Experiment experiment = Experiment.prepare(
        new ConfigReader().validate(tree, Path.of("..", "examples", "mazur.yaml")),
        RegistryLoader.load(List.of(plugins)), Kernels.defaults());
    JsonNode failure = new ObjectMapper().readTree(TrainingReport.json(experiment,
        TestExperiments.train(experiment))).get("plugin_failure");
    assertEquals(List.of("epoch", "batch", "layer", "kind", "name", "class", "source",
        "message"), keys(failure));
    assertEquals("a plugin failed at epoch 1, batch 1: loss 'bad' (com.acme.Bad, "
        + plugins.resolve("bad.jar") + ") evaluate() threw java.lang.AssertionError: bad; the "
        + "model keeps its values from before this batch", failure.get("message").asText());
  }

  @Test
  void regressionReportsHaveNullAccuracy() throws Exception {
    JsonNode report = report("mazur.yaml");
    assertTrue(report.at("/epochs/0/accuracy").isNull());
    assertEquals(0.298371109, report.at("/epochs/0/loss").asDouble(), 5e-10);
  }
}
