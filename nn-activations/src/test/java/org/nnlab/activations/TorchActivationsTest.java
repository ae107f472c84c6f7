package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.TestOptions;
import org.nnlab.testkit.TorchOracle;

/**
 * Every activation added after the first four computes PyTorch's values and derivatives (by
 * autograd, float64) to 1e-12 relative, kinks included, where PyTorch's backward fixes the
 * convention. PyTorch 1.13's answers are kept in {@code torch-activations-expected.json}; with
 * torch installed it is also asked again.
 *
 * <p>Two allowances, both where nnlab is the more accurate: values within 1e-15 of zero compare
 * absolutely (PyTorch's GELU computes 1 + erf and 1 + tanh, which cancel to 0 or lose digits far
 * left of zero, where nnlab uses erfc and σ(2u)); and PyTorch's {@code hardsigmoid} backward
 * multiplies by 1/6 rounded to float32 (0.1666666716...), where nnlab's slope is 1/6 in double.
 */
class TorchActivationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] POINTS = {-30, -10, -5, -3, -2.5, -2, -1, -0.5, -1e-3, 0, 1e-3,
      0.5, 1, 2, 2.5, 3, 5, 10, 15, 25, 30};

  record Case(String key, ActivationProvider provider, Object[] options) {
    @Override
    public String toString() {
      return key;
    }

    Map<String, Object> optionMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < options.length; i += 2) {
        map.put((String) options[i], options[i + 1]);
      }
      return map;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("leaky_relu", new LeakyRelu(), new Object[] {"negative_slope", 0.2}),
        new Case("elu", new Elu(), new Object[] {"alpha", 0.5}),
        new Case("selu", new Selu(), new Object[] {}),
        new Case("gelu", new Gelu(), new Object[] {}),
        new Case("gelu_tanh", new Gelu(), new Object[] {"approximate", "tanh"}),
        new Case("silu", new Silu(), new Object[] {}),
        new Case("mish", new Mish(), new Object[] {}),
        new Case("softplus", new Softplus(), new Object[] {"beta", 2.0, "threshold", 10.0}),
        new Case("softsign", new Softsign(), new Object[] {}),
        new Case("hard_tanh", new HardTanh(), new Object[] {"min_val", -2.0, "max_val", 2.5}),
        new Case("hard_sigmoid", new HardSigmoid(), new Object[] {}));
  }

  private static void assertAgrees(Case c, JsonNode expected) {
    Activation activation = c.provider().create(TestOptions.of(c.options()));
    for (int i = 0; i < POINTS.length; i++) {
      double x = POINTS[i];
      double y = activation.apply(x);
      check(c + " f(" + x + ")", expected.get("values").get(i).asDouble(), y);
      check(c + " f'(" + x + ")", expected.get("derivatives").get(i).asDouble(),
          activation.derivative(x, y), c.key().equals("hard_sigmoid") ? FLOAT32_SIXTH : 0);
    }
  }

  // How far float32's 1/6 is from double's, relative.
  private static final double FLOAT32_SIXTH = 5e-8;

  private static void check(String what, double expected, double actual) {
    check(what, expected, actual, 0);
  }

  private static void check(String what, double expected, double actual, double relative) {
    double allowed = Math.max(1e-12, relative) * Math.max(Math.abs(expected), Math.abs(actual))
        + 1e-15;
    assertTrue(Math.abs(expected - actual) <= allowed,
        what + " is " + actual + ", PyTorch gives " + expected);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TorchActivationsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void valuesAndDerivativesAreAsPyTorchsKeptAnswers(Case c) throws IOException {
    assertAgrees(c, JSON.readTree(resource("torch-activations-expected.json")).get(c.key()));
  }

  @Test
  void valuesAndDerivativesAreAsPyTorchSaysNow() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    JsonNode answer = JSON.readTree(torch.get().run(resource("torch_activations.py"),
        JSON.writeValueAsString(request())));
    cases().forEach(c -> assertAgrees(c, answer.get(c.key())));
    assertEquals(cases().count(), answer.size());
  }

  static Map<String, Object> request() {
    Map<String, Object> cases = new LinkedHashMap<>();
    cases().forEach(c -> cases.put(c.key(), Map.of("function", c.provider().name(),
        "options", c.optionMap())));
    return Map.of("cases", cases, "points", POINTS);
  }
}
