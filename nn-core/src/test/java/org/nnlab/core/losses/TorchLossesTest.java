package org.nnlab.core.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.core.train.OracleRun;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.testkit.TorchOracle;

/**
 * Every loss added after the first two trains a small network as PyTorch's does, in float64 to
 * 1e-9 relative: a 2-3-m network (tanh, then linear) with explicit weights, trained by nnlab's
 * own trainer with plain SGD on one full batch of 5 samples for 4 steps; the loss before each
 * step, the gradients of the first step and the parameters after the last are compared with
 * {@code torch.nn.HuberLoss}, {@code L1Loss} and {@code BCEWithLogitsLoss} (mean reduction) on
 * the same network. PyTorch 1.13's answers are kept in {@code torch-losses-expected.json}, so
 * the check runs without torch; with torch installed, PyTorch is also asked again (by the same
 * script as {@code TorchNetworksTest}).
 */
class TorchLossesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int STEPS = 4;
  private static final double LEARNING_RATE = 0.5;
  private static final double[][] INPUTS = {{0.5, -1.0}, {1.5, 0.25}, {-0.75, 2.0},
      {0.0, -0.5}, {2.0, 1.0}};
  private static final double[][] HIDDEN_WEIGHTS = {{0.3, -0.6}, {0.8, 0.2}, {-0.4, 0.5}};
  private static final double[] HIDDEN_BIASES = {0.1, -0.2, 0.05};

  /**
   * One loss on the network.
   *
   * @param name the case's key in the kept answers
   * @param loss the loss's name
   * @param options the loss's options
   * @param weights the output layer's weights, one row per output
   * @param biases the output layer's biases
   * @param targets one row per sample
   */
  record Case(String name, String loss, Map<String, Object> options, double[][] weights,
      double[] biases, double[][] targets) {
    @Override
    public String toString() {
      return name;
    }

    String yaml() {
      return options.isEmpty() ? loss : options.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{type: " + loss + ", ", "}"));
    }
  }

  static Stream<Case> cases() {
    double[][] twoOutputs = {{0.7, -0.3, 0.9}, {-0.5, 0.6, 0.4}};
    double[] twoBiases = {0.2, -0.1};
    double[][] values = {{0.5, -1.5}, {2.0, 0.3}, {-1.0, 0.8}, {0.1, 0.1}, {3.0, -2.0}};
    return Stream.of(
        new Case("huber", "huber", Map.of("delta", 0.5), twoOutputs,
            twoBiases, values),
        new Case("huber_default_delta", "huber", Map.of(), twoOutputs, twoBiases, values),
        new Case("l1", "l1", Map.of(), twoOutputs, twoBiases, values),
        new Case("binary_cross_entropy", "binary_cross_entropy", Map.of(),
            new double[][] {{1.2, -0.8, 0.6}}, new double[] {-0.3},
            new double[][] {{1}, {0}, {1}, {0}, {1}}));
  }

  private static String matrix(double[][] rows) {
    return Stream.of(rows).map(TorchLossesTest::vector).collect(Collectors.joining(", ", "[",
        "]"));
  }

  private static String vector(double[] row) {
    return DoubleStream.of(row).mapToObj(Double::toString)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String yaml(Case c) {
    return """
        seed: 1
        model:
          inputs: 2
          layers:
            - {units: 3, activation: tanh, weights: %s, biases: %s}
            - {units: %d, activation: linear, weights: %s, biases: %s}
        loss: %s
        optimizer: {type: sgd, learning_rate: %s}
        training: {epochs: %d, batch_size: %d, shuffle: false}
        data:
          inline: {inputs: %s, targets: %s}
        """.formatted(matrix(HIDDEN_WEIGHTS), vector(HIDDEN_BIASES), c.weights().length,
        matrix(c.weights()), vector(c.biases()), c.yaml(),
        Double.toString(LEARNING_RATE), STEPS, INPUTS.length, matrix(INPUTS),
        matrix(c.targets()));
  }

  private static OracleRun nnlab(Case c) {
    return OracleRun.of(TestExperiments.fromYaml(yaml(c)), STEPS);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TorchLossesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void trainsAsPyTorchsKeptValuesSay(Case c) throws IOException {
    JsonNode kept = JSON.readTree(resource("torch-losses-expected.json")).get(c.name());
    OracleRun.assertAgree(OracleRun.of(kept), nnlab(c), 1e-9, c.name());
  }

  @Test
  void everyLossTrainsAsPyTorchDoesNow() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    JsonNode answer = JSON.readTree(torch.get().run(resource("/org/nnlab/core/train/torch_networks.py"),
        JSON.writeValueAsString(oracleCases())));
    cases().forEach(c -> OracleRun.assertAgree(OracleRun.of(answer.get(c.name())), nnlab(c),
        1e-9, c.name()));
    assertEquals(cases().count(), answer.size());
  }

  /** The cases as the oracle reads them. */
  static Map<String, Object> oracleCases() {
    Map<String, Object> cases = new LinkedHashMap<>();
    cases().forEach(c -> {
      Map<String, Object> input = new LinkedHashMap<>();
      Map<String, Object> loss = new LinkedHashMap<>(c.options());
      loss.put("type", c.loss());
      input.put("loss", loss);
      input.put("activation", Map.of("type", "tanh"));
      input.put("optimizer", Map.of("type", "sgd", "learning_rate", LEARNING_RATE));
      input.put("inputs", INPUTS);
      input.put("targets", c.targets());
      input.put("layers", List.of(Map.of("weights", HIDDEN_WEIGHTS, "biases", HIDDEN_BIASES),
          Map.of("weights", c.weights(), "biases", c.biases())));
      input.put("steps", STEPS);
      cases.put(c.name(), input);
    });
    return cases;
  }
}
