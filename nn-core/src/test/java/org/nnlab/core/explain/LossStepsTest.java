package org.nnlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.train.TestExperiments;

/**
 * The loss section writes out {@code l1}, {@code huber} and {@code binary_cross_entropy} term by
 * term: the terms add up to the loss the trainer computed, and dL/d(output) has the loss's own
 * formula, valued as the loss returned it.
 */
class LossStepsTest {
  private static final String NETWORK = """
      model:
        inputs: 2
        layers:
          - {units: 2, activation: tanh, weights: [[0.3, -0.6], [0.8, 0.2]], biases: [0.1, -0.2]}
          - {units: %d, activation: linear, weights: %s, biases: %s}
      loss: %s
      optimizer: {type: sgd, learning_rate: 0.1}
      data:
        inline: {inputs: [[0.5, -1.0]], targets: [%s]}
      """;

  private static Explanation explain(int outputs, String weights, String biases, String loss,
      String targets) {
    return Explainer.explain(TestExperiments.fromYaml(NETWORK.formatted(outputs, weights, biases,
        loss, targets)), new ExplainRequest(Optional.empty(), false, Optional.empty()));
  }

  private static Equation equation(Explanation explanation, Expr lhs) {
    return explanation.equations().filter(e -> e.lhs().equals(lhs)).findFirst().orElseThrow();
  }

  private static double term(Explanation explanation, int j) {
    return equation(explanation, Expr.ref(Symbol.lossTerm(j))).value();
  }

  private static double loss(Explanation explanation) {
    return equation(explanation, Expr.ref(Symbol.loss())).value();
  }

  private static Equation outputGradient(Explanation explanation, int j) {
    return equation(explanation, new Expr.Partial(Symbol.loss(), Symbol.h(2, j)));
  }

  // h1 = tanh(0.3 * 0.5 + 0.6 + 0.1), h2 = tanh(0.4 - 0.2 - 0.2): the network's hidden output.
  private static final double H1 = Math.tanh(0.85);
  private static final double H2 = Math.tanh(0.0);

  @Test
  void l1TermsAreTheAbsoluteErrorsAndItsGradientTheirSign() {
    Explanation explanation = explain(2, "[[0.7, -0.3], [-0.5, 0.6]]", "[0.2, -0.1]", "l1",
        "[1.5, -0.2]");
    double o1 = 0.7 * H1 - 0.3 * H2 + 0.2;
    double o2 = -0.5 * H1 + 0.6 * H2 - 0.1;
    assertEquals(Math.abs(o1 - 1.5) / 2, term(explanation, 1), 1e-15);
    assertEquals(Math.abs(o2 + 0.2) / 2, term(explanation, 2), 1e-15);
    assertEquals(loss(explanation), term(explanation, 1) + term(explanation, 2), 1e-15);
    Equation gradient = outputGradient(explanation, 1);
    assertEquals(-0.5, gradient.value());
    assertEquals(new Expr.Apply("sign", new Expr.Difference(Expr.ref(Symbol.h(2, 1)),
        Expr.ref(Symbol.target(1)))), ((Expr.Quotient) gradient.forms().get(0)).numerator());
  }

  @Test
  void huberTermsAreQuadraticWithinDeltaAndLinearBeyond() {
    Explanation explanation = explain(2, "[[0.7, -0.3], [-0.5, 0.6]]", "[0.2, -0.1]",
        "{type: huber, delta: 0.5}", "[1.5, -0.2]");
    double d1 = 0.7 * H1 - 0.3 * H2 + 0.2 - 1.5;
    double d2 = -0.5 * H1 + 0.6 * H2 - 0.1 + 0.2;
    assertTrue(Math.abs(d1) > 0.5 && Math.abs(d2) < 0.5, d1 + ", " + d2);
    assertEquals(0.5 * (Math.abs(d1) - 0.25) / 2, term(explanation, 1), 1e-15);
    assertEquals(0.5 * d2 * d2 / 2, term(explanation, 2), 1e-15);
    assertEquals(loss(explanation), term(explanation, 1) + term(explanation, 2), 1e-15);
    assertEquals(0.5 * Math.signum(d1) / 2, outputGradient(explanation, 1).value(), 1e-15);
    assertEquals(d2 / 2, outputGradient(explanation, 2).value(), 1e-15);
  }

  @Test
  void binaryCrossEntropyTermIsTheLogLossOfTheSigmoidAndItsGradientPMinusT() {
    Explanation explanation = explain(1, "[[0.7, -0.3]]", "[0.2]", "binary_cross_entropy",
        "1");
    double z = 0.7 * H1 - 0.3 * H2 + 0.2;
    double p = 1 / (1 + Math.exp(-z));
    assertEquals(p, equation(explanation, Expr.ref(Symbol.probability(1))).value(), 1e-15);
    assertEquals(-Math.log(p), term(explanation, 1), 1e-15);
    assertEquals(loss(explanation), term(explanation, 1), 1e-15);
    assertEquals(p - 1, outputGradient(explanation, 1).value(), 1e-15);
    List<String> functions = List.of(((Expr.Apply) equation(explanation,
        Expr.ref(Symbol.probability(1))).forms().get(0)).function());
    assertEquals(List.of("sigmoid"), functions);
  }
}
