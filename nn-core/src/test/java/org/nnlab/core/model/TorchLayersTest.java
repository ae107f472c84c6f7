package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.nnlab.api.Buffer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingStep;
import org.nnlab.testkit.TorchOracle;

/**
 * Small networks with explicit weights through nnlab's layer types train as PyTorch's do in
 * float64, to 1e-9 relative: the loss of each of a few full-batch SGD steps, the gradients of
 * the first, the parameters after the last, batch_norm's running statistics, and the outputs in
 * evaluation mode afterwards; with skip connections (residual) over one layer and over a
 * dense and batch_norm block. Dropout is compared in evaluation only (no steps), since its
 * training masks are nnlab's own draws. The values PyTorch 1.13 gave are kept in {@code
 * torch-layers-expected.json}, so the check runs without torch; with torch installed, PyTorch
 * is also asked again.
 */
class TorchLayersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[][] INPUTS = {
      {0.5, -1.0, 2.0}, {1.5, 0.3, -0.7}, {-0.2, 0.8, 0.1}, {0.9, -0.4, -1.3}};
  private static final double[][] TARGETS = {{0.2, -0.5}, {1.0, 0.3}, {-0.4, 0.8}, {0.6, 0.0}};
  private static final double[][] EVAL_INPUTS = {{0.1, 0.2, -0.3}, {2.0, -1.5, 0.7}};
  private static final double[][] W1 = {
      {0.3, -0.2, 0.5}, {-0.4, 0.6, 0.1}, {0.2, 0.2, -0.3}, {0.7, -0.5, 0.4}};
  private static final double[] B1 = {0.1, -0.1, 0.05, 0.0};
  private static final double[][] W2 = {
      {0.5, -0.3, 0.2, 0.1}, {-0.6, 0.4, 0.3, -0.2}, {0.1, 0.2, -0.4, 0.5}, {0.3, 0.3, 0.1, -0.1}};
  private static final double[][] W3 = {{0.4, -0.2, 0.6, 0.3}, {-0.5, 0.1, 0.2, 0.7}};
  private static final double[] B3 = {0.05, -0.05};

  record Case(String name, List<Map<String, Object>> layers, int steps) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Map<String, Object> layer(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> dense(double[][] weights, double[] biases,
      String activation) {
    return layer("type", "dense", "weights", weights, "biases", biases, "activation", activation);
  }

  private static Map<String, Object> withResidual(Map<String, Object> layer, int span) {
    Map<String, Object> copy = new LinkedHashMap<>(layer);
    copy.put("residual", span);
    return copy;
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("batch_norm", List.of(
            dense(W1, B1, "linear"),
            layer("type", "batch_norm", "activation", "sigmoid",
                "gamma", new double[] {1.2, 0.8, 1.0, 0.5}, "beta", new double[] {0.1, 0, -0.2, 0.3}),
            dense(W3, B3, "linear")), 4),
        new Case("layer_norm", List.of(
            dense(W1, B1, "linear"),
            layer("type", "layer_norm", "activation", "tanh",
                "gamma", new double[] {0.9, 1.1, 1.3, 0.7}, "beta", new double[] {0, 0.2, -0.1, 0}),
            dense(W3, B3, "linear")), 4),
        new Case("residual_dense", List.of(
            dense(W1, B1, "tanh"),
            withResidual(dense(W2, B1, "sigmoid"), 1),
            dense(W3, B3, "linear")), 4),
        new Case("residual_block_with_batch_norm", List.of(
            dense(W1, B1, "tanh"),
            dense(W2, B1, "linear"),
            layer("type", "batch_norm", "activation", "sigmoid", "residual", 2),
            withResidual(dense(W2, B1, "tanh"), 1),
            dense(W3, B3, "linear")), 4),
        new Case("dropout_in_evaluation", List.of(
            dense(W1, B1, "tanh"),
            layer("type", "dropout", "rate", 0.5),
            dense(W3, B3, "linear")), 0));
  }

  private static String yaml(Case c) throws IOException {
    return "model:\n  inputs: 3\n  layers: " + JSON.writeValueAsString(c.layers()) + "\n"
        + "loss: mse\n"
        + "optimizer: {type: sgd, learning_rate: 0.1}\n"
        + "training: {epochs: " + Math.max(1, c.steps()) + ", batch_size: 4, shuffle: false}\n"
        + "data: {inline: {inputs: " + JSON.writeValueAsString(INPUTS) + ", targets: "
        + JSON.writeValueAsString(TARGETS) + "}}\n";
  }

  /** What nnlab computes, in the oracle's layout. */
  private static Map<String, List<double[]>> nnlab(Case c) throws IOException {
    Experiment experiment = TestExperiments.fromYaml(yaml(c));
    Network network = experiment.network();
    Matrix inputs = matrix(INPUTS);
    Matrix targets = matrix(TARGETS);
    List<double[]> losses = new ArrayList<>();
    List<double[]> gradients = new ArrayList<>();
    double[] loss = new double[c.steps()];
    for (int s = 0; s < c.steps(); s++) {
      TrainingStep step = new TrainingStep(experiment);
      loss[s] = step.pass(inputs, targets);
      if (s == 0) {
        network.parameters().forEach(p -> gradients.add(p.gradients().clone()));
      }
      step.step();
    }
    if (c.steps() > 0) {
      losses.add(loss);
    }
    Matrix output = network.forward(matrix(EVAL_INPUTS), Mode.EVALUATION);
    Map<String, List<double[]>> result = new LinkedHashMap<>();
    result.put("losses", losses);
    result.put("gradients", gradients);
    result.put("parameters", network.parameters().stream().map(Parameter::values).toList());
    result.put("buffers", network.buffers().stream().map(Buffer::values).toList());
    double[] evaluated = new double[output.size()];
    System.arraycopy(output.data(), 0, evaluated, 0, evaluated.length);
    result.put("eval", List.of(evaluated));
    return result;
  }

  private static Matrix matrix(double[][] rows) {
    Matrix matrix = new Matrix(rows.length, rows[0].length);
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, matrix.data(), r * rows[0].length, rows[0].length);
    }
    return matrix;
  }

  private static List<double[]> arrays(JsonNode node) {
    List<double[]> arrays = new ArrayList<>();
    if (node.size() == 0) {
      return arrays;
    }
    if (!node.get(0).isArray()) {
      arrays.add(numbers(node));
      return arrays;
    }
    for (JsonNode array : node) {
      arrays.add(numbers(array));
    }
    return arrays;
  }

  private static double[] numbers(JsonNode node) {
    double[] values = new double[node.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = node.get(k).asDouble();
    }
    return values;
  }

  // 1e-9 relative, and 1e-14 absolute for values that are 0 up to rounding (the gradient of a
  // bias right before a batch_norm, which cancels it).
  private static void assertAgree(JsonNode expected, Case c) throws IOException {
    Map<String, List<double[]>> actual = nnlab(c);
    for (Map.Entry<String, List<double[]>> entry : actual.entrySet()) {
      List<double[]> want = arrays(expected.get(entry.getKey()));
      List<double[]> got = entry.getValue();
      assertEquals(want.size(), got.size(), c + " " + entry.getKey() + ": number of arrays");
      for (int a = 0; a < want.size(); a++) {
        assertEquals(want.get(a).length, got.get(a).length, c + " " + entry.getKey() + "[" + a
            + "]: length");
        for (int k = 0; k < want.get(a).length; k++) {
          double w = want.get(a)[k];
          double g = got.get(a)[k];
          assertTrue(Math.abs(w - g) <= 1e-9 * Math.abs(w) + 1e-14, c + " " + entry.getKey()
              + "[" + a + "][" + k + "] is " + g + ", PyTorch gives " + w);
        }
      }
    }
  }

  private static Map<String, Object> oracleCase(Case c) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("inputs", INPUTS);
    input.put("targets", TARGETS);
    input.put("eval_inputs", EVAL_INPUTS);
    input.put("learning_rate", 0.1);
    input.put("steps", c.steps());
    input.put("layers", c.layers());
    return input;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TorchLayersTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void trainsAsPyTorchsKeptValuesSay(Case c) throws IOException {
    JsonNode kept = JSON.readTree(resource("torch-layers-expected.json")).get(c.name());
    assertAgree(kept, c);
  }

  @Test
  void everyCaseTrainsAsPyTorchDoesNow() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    Map<String, Object> cases = new LinkedHashMap<>();
    cases().forEach(c -> cases.put(c.name(), oracleCase(c)));
    JsonNode answer = JSON.readTree(torch.get().run(resource("torch_layers.py"),
        JSON.writeValueAsString(cases)));
    assertEquals(cases.size(), answer.size());
    for (Case c : cases().toList()) {
      assertAgree(answer.get(c.name()), c);
    }
  }

  /** Prints the oracle's answer for every case, to keep as torch-layers-expected.json. */
  public static void main(String[] args) throws IOException {
    Map<String, Object> cases = new LinkedHashMap<>();
    cases().forEach(c -> cases.put(c.name(), oracleCase(c)));
    System.out.println(TorchOracle.find().orElseThrow().run(resource("torch_layers.py"),
        JSON.writeValueAsString(cases)));
  }
}
