package org.nnlab.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Parameter;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingResult;
import org.nnlab.testkit.TorchOracle;

/**
 * Every learning-rate schedule and both clipping modes train a small network as PyTorch does,
 * to 1e-9 relative in float64: a 2-3-3 tanh network with explicit weights, cross-entropy, SGD
 * with momentum, batches of 4 of 6 samples (the last one smaller), in data order. Compared: each
 * epoch's loss and learning rate, the parameters at the end, and the gradients the last step
 * used. What PyTorch 1.13 gave is kept in {@code torch-schedules-expected.json}, so the check
 * runs without torch; with torch installed, PyTorch is also asked again. To rewrite the kept
 * values (after changing a case), run this test with {@code -Dnnlab.torch.regenerate=true}.
 */
class TorchSchedulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean REGENERATE = Boolean.getBoolean("nnlab.torch.regenerate");
  private static final Path KEPT = Path.of("src", "test", "resources", "org", "nnlab", "core",
      "schedule", "torch-schedules-expected.json");
  private static final double[][] HIDDEN_WEIGHTS = {{0.5, -0.4}, {0.3, 0.8}, {-0.6, 0.2}};
  private static final double[] HIDDEN_BIASES = {0.1, -0.2, 0.05};
  private static final double[][] OUTPUT_WEIGHTS = {{0.7, -0.3, 0.4}, {-0.5, 0.6, 0.1},
      {0.2, 0.3, -0.8}};
  private static final double[] OUTPUT_BIASES = {0.0, 0.1, -0.1};
  private static final double[][] INPUTS = {{1.0, 0.5}, {-0.5, 1.5}, {0.3, -1.2}, {2.0, 0.1},
      {-1.0, -0.7}, {0.4, 0.9}};
  private static final int[] TARGETS = {0, 1, 2, 0, 2, 1};
  private static final double[][] VALIDATION_INPUTS = {{0.8, 0.2}, {-0.3, 1.1}, {0.1, -0.9}};
  // Labels the training data contradicts, so that the validation loss rises: a plateau.
  private static final int[] VALIDATION_TARGETS = {2, 0, 1};

  record Case(String name, int epochs, double learningRate, Map<String, Object> schedule,
      Map<String, Object> training, boolean validation) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("step", 7, 0.5, map("type", "step", "step_size", 2, "gamma", 0.5), map(),
            false),
        new Case("exponential", 6, 0.5, map("type", "exponential", "gamma", 0.7), map(), false),
        new Case("cosine", 6, 0.5, map("type", "cosine", "min_lr", 0.05), map(), false),
        new Case("cosine_warmup", 7, 0.5, map("type", "cosine", "warmup_epochs", 3), map(),
            false),
        new Case("plateau_accuracy", 10, 0.5, map("type", "reduce_on_plateau",
            "monitor", "accuracy", "factor", 0.5, "patience", 1), map(), false),
        new Case("plateau_val_loss", 10, 0.5, map("type", "reduce_on_plateau",
            "factor", 0.3, "patience", 1), map(), true),
        new Case("clip_grad_norm", 5, 0.5, null, map("clip_grad_norm", 0.3), false),
        new Case("clip_grad_value", 5, 0.5, null, map("clip_grad_value", 0.05), false));
  }

  private static Map<String, Object> layer(double[][] weights, double[] biases,
      String activation) {
    return map("units", weights.length, "activation", activation, "weights", weights,
        "biases", biases);
  }

  private static String yaml(Case c) throws IOException {
    Map<String, Object> optimizer = map("type", "sgd", "learning_rate", c.learningRate(),
        "momentum", 0.9);
    if (c.schedule() != null) {
      optimizer.put("schedule", c.schedule());
    }
    Map<String, Object> training = map("epochs", c.epochs(), "batch_size", 4, "shuffle", false);
    training.putAll(c.training());
    Map<String, Object> config = map("name", c.name(),
        "model", map("inputs", 2, "layers", List.of(
            layer(HIDDEN_WEIGHTS, HIDDEN_BIASES, "tanh"),
            layer(OUTPUT_WEIGHTS, OUTPUT_BIASES, "linear"))),
        "loss", "cross_entropy", "optimizer", optimizer, "training", training,
        "data", map("inline", map("inputs", INPUTS, "targets", TARGETS)));
    if (c.validation()) {
      config.put("validation", map("inline", map("inputs", VALIDATION_INPUTS,
          "targets", VALIDATION_TARGETS)));
    }
    return JSON.writeValueAsString(config);
  }

  /** What nnlab computes, in the oracle's form. */
  private static Map<String, Object> nnlab(Case c) throws IOException {
    Experiment experiment = TestExperiments.fromYaml(yaml(c));
    TrainingResult result = TestExperiments.train(experiment);
    assertEquals(c.epochs(), result.epochs().size(), c.name() + " trained every epoch");
    List<Double> losses = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (EpochStats epoch : result.epochs()) {
      losses.add(epoch.loss());
      rates.add(epoch.learningRate());
    }
    List<double[]> parameters = new ArrayList<>();
    List<double[]> gradients = new ArrayList<>();
    for (Parameter parameter : experiment.network().parameters()) {
      parameters.add(parameter.values().clone());
      gradients.add(parameter.gradients().clone());
    }
    return map("loss", losses, "learning_rate", rates, "parameters", parameters,
        "gradients", gradients);
  }

  private static Map<String, Object> oracleInput(Case c) {
    Map<String, Object> input = map("layers", List.of(
        map("weights", HIDDEN_WEIGHTS, "biases", HIDDEN_BIASES, "activation", "tanh"),
        map("weights", OUTPUT_WEIGHTS, "biases", OUTPUT_BIASES, "activation", "linear")),
        "inputs", INPUTS, "targets", TARGETS, "learning_rate", c.learningRate(),
        "momentum", 0.9, "epochs", c.epochs(), "batch_size", 4);
    if (c.validation()) {
      input.put("validation", map("inputs", VALIDATION_INPUTS, "targets", VALIDATION_TARGETS));
    }
    if (c.schedule() != null) {
      input.put("schedule", c.schedule());
    }
    input.putAll(c.training());
    return input;
  }

  private static void assertAgrees(JsonNode expected, Map<String, Object> actual, String name) {
    JsonNode nnlab = JSON.valueToTree(actual);
    for (String key : List.of("loss", "learning_rate", "parameters", "gradients")) {
      List<Double> want = flat(expected.get(key));
      List<Double> got = flat(nnlab.get(key));
      assertEquals(want.size(), got.size(), name + " " + key);
      for (int i = 0; i < want.size(); i++) {
        double scale = Math.max(Math.abs(want.get(i)), 1e-12);
        assertTrue(Math.abs(want.get(i) - got.get(i)) <= 1e-9 * scale, name + ": " + key
            + "[" + i + "] is " + got.get(i) + ", PyTorch gives " + want.get(i));
      }
    }
  }

  private static List<Double> flat(JsonNode node) {
    List<Double> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> values.addAll(flat(item)));
    } else {
      values.add(node.asDouble());
    }
    return values;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TorchSchedulesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void trainsAsPyTorchsKeptValuesSay(Case c) throws IOException {
    JsonNode kept = JSON.readTree(resource("torch-schedules-expected.json")).get(c.name());
    assertAgrees(kept, nnlab(c), c.name());
  }

  @Test
  void everyScheduleAndClippingTrainsAsPyTorchDoesNow() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    Map<String, Object> input = new LinkedHashMap<>();
    cases().forEach(c -> input.put(c.name(), oracleInput(c)));
    JsonNode answer = JSON.readTree(torch.get().run(resource("torch_schedules.py"),
        JSON.writeValueAsString(input)));
    assertEquals(input.size(), answer.size());
    if (REGENERATE) {
      Files.writeString(KEPT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer)
          + "\n");
    }
    for (Case c : cases().toList()) {
      assertAgrees(answer.get(c.name()), nnlab(c), c.name());
    }
  }

  @Test
  void theKeptCasesReallyChangeTheRateAndClip() throws IOException {
    JsonNode kept = JSON.readTree(resource("torch-schedules-expected.json"));
    for (String name : List.of("step", "exponential", "cosine", "cosine_warmup",
        "plateau_accuracy", "plateau_val_loss")) {
      List<Double> rates = flat(kept.get(name).get("learning_rate"));
      assertTrue(rates.stream().distinct().count() > 2, name + " changes the rate: " + rates);
    }
    Case unclipped = new Case("plain", 5, 0.5, null, map(), false);
    Map<String, Object> plain = nnlab(unclipped);
    for (String name : List.of("clip_grad_norm", "clip_grad_value")) {
      assertTrue(!flat(kept.get(name).get("loss")).equals(flat(JSON.valueToTree(plain)
          .get("loss"))), name + " changes training");
    }
  }
}
