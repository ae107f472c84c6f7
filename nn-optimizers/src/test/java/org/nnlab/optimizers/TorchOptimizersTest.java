package org.nnlab.optimizers;

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
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.testkit.TestOptions;
import org.nnlab.testkit.TestSteps;
import org.nnlab.testkit.TorchOracle;

/**
 * Every built-in optimizer takes the steps PyTorch's takes, to 1e-9 relative in float64: on
 * f(w) = ½ Σ a (w − c)² for a weight matrix and a bias vector, 7 steps. The values PyTorch 1.13
 * gave are kept in {@code torch-optimizers-expected.json}, so the check runs without torch; with
 * torch installed, PyTorch is also asked again.
 */
class TorchOptimizersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int STEPS = 7;
  private static final double[][] START = {{0.5, -1.2, 2.0, 0.3, -0.7, 1.1}, {0.25, -0.5, 1.5}};
  private static final double[][] CURVATURE = {{0.5, 1.0, 1.5, 2.0, 0.8, 1.2}, {1.0, 0.6, 1.8}};
  private static final double[][] CENTRE = {{1.0, 0.0, -1.0, 0.5, 0.2, -0.3}, {0.0, 1.0, -0.5}};

  record Case(String name, OptimizerProvider provider, Map<String, Object> options) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Map<String, Object> options(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("sgd", new SgdProvider(), options("learning_rate", 0.1, "weight_decay", 0.1)),
        new Case("sgd_momentum", new SgdProvider(), options("learning_rate", 0.05,
            "momentum", 0.9)),
        new Case("sgd_nesterov", new SgdProvider(), options("learning_rate", 0.05,
            "momentum", 0.9, "nesterov", true, "weight_decay", 0.01)),
        new Case("adam", new AdamProvider(), options("learning_rate", 0.05,
            "weight_decay", 0.01)),
        new Case("adamw", new AdamWProvider(), options("learning_rate", 0.05, "beta1", 0.8)),
        new Case("rmsprop", new RmsPropProvider(), options("learning_rate", 0.01)),
        new Case("rmsprop_centered", new RmsPropProvider(), options("learning_rate", 0.005,
            "momentum", 0.5, "centered", true, "weight_decay", 0.01)),
        new Case("adagrad", new AdagradProvider(), options("learning_rate", 0.1,
            "lr_decay", 0.01, "weight_decay", 0.05)));
  }

  private static double[][] nnlab(Case c) {
    Object[] pairs = new Object[2 * c.options().size()];
    int i = 0;
    for (Map.Entry<String, Object> e : c.options().entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    Optimizer optimizer = c.provider().create(TestOptions.of(pairs));
    List<Parameter> parameters = List.of(
        new Parameter("weights", ParameterRole.WEIGHTS, 2, 3),
        new Parameter("biases", ParameterRole.BIASES, 1, 3));
    for (int p = 0; p < 2; p++) {
      System.arraycopy(START[p], 0, parameters.get(p).values(), 0, START[p].length);
    }
    OptimizerState state = new OptimizerState(optimizer.stateArrays(), 6, 3);
    TestSteps steps = TestSteps.withLearningRate(optimizer.learningRate());
    for (int s = 0; s < STEPS; s++) {
      for (int p = 0; p < 2; p++) {
        double[] w = parameters.get(p).values();
        for (int k = 0; k < w.length; k++) {
          parameters.get(p).gradients()[k] = CURVATURE[p][k] * (w[k] - CENTRE[p][k]);
        }
      }
      optimizer.step(parameters, state, steps.next());
    }
    return new double[][] {parameters.get(0).values(), parameters.get(1).values()};
  }

  private static double[][] values(JsonNode node) {
    List<double[]> values = new ArrayList<>();
    for (JsonNode parameter : node) {
      double[] row = new double[parameter.size()];
      for (int k = 0; k < row.length; k++) {
        row[k] = parameter.get(k).asDouble();
      }
      values.add(row);
    }
    return values.toArray(double[][]::new);
  }

  private static void assertClose(double[][] expected, double[][] actual, String what) {
    for (int p = 0; p < expected.length; p++) {
      for (int k = 0; k < expected[p].length; k++) {
        double scale = Math.max(Math.abs(expected[p][k]), 1e-12);
        assertTrue(Math.abs(expected[p][k] - actual[p][k]) <= 1e-9 * scale, what + ": parameter "
            + p + "[" + k + "] is " + actual[p][k] + ", PyTorch gives " + expected[p][k]);
      }
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TorchOptimizersTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void stepsAsPyTorchsKeptValuesSay(Case c) throws IOException {
    JsonNode kept = JSON.readTree(resource("torch-optimizers-expected.json")).get(c.name());
    assertClose(values(kept), nnlab(c), c.name());
  }

  @Test
  void everyOptimizerStepsAsPyTorchDoesNow() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    Map<String, Object> cases = new LinkedHashMap<>();
    cases().forEach(c -> {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("optimizer", c.provider().name());
      input.put("options", c.options());
      input.put("start", START);
      input.put("curvature", CURVATURE);
      input.put("centre", CENTRE);
      input.put("steps", STEPS);
      cases.put(c.name(), input);
    });
    JsonNode answer = JSON.readTree(torch.get().run(resource("torch_optimizers.py"),
        JSON.writeValueAsString(cases)));
    cases().forEach(c -> assertClose(values(answer.get(c.name())), nnlab(c), c.name()));
    assertEquals(cases.size(), answer.size());
  }
}
