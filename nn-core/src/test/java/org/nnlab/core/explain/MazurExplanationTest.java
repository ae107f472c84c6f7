package org.nnlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.train.TestExperiments;

/**
 * The explanation of examples/mazur.yaml, the seed notes' 2-2-2 network, against the notes' and
 * M. Mazur's published values ("A Step by Step Backpropagation Example", 2015), checked to half a
 * unit of their last printed digit, and against the chain rule written out by hand.
 */
class MazurExplanationTest {
  private static final double X1 = 0.05;
  private static final double X2 = 0.10;
  private static final double T1 = 0.01;
  private static final double T2 = 0.99;
  private static final double[] W = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};

  private static Explanation explanation;

  @BeforeAll
  static void explain() {
    explanation = Explainer.explain(TestExperiments.example("mazur.yaml"),
        ExplainRequest.FIRST_SAMPLE);
  }

  private static double value(Expr lhs) {
    return explanation.equations().filter(e -> e.lhs().equals(lhs)).findFirst().orElseThrow()
        .value();
  }

  private static double weightGradient(int layer, int i, int j) {
    return value(new Expr.Partial(Symbol.loss(), Symbol.parameter(layer, "w", i, j)));
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void forwardPassShowsThePublishedActivations() {
    assertEquals(0.3775, value(Expr.ref(Symbol.z(1, 1))), 1e-15);
    assertEquals(0.593269992, value(Expr.ref(Symbol.h(1, 1))), 5e-10);
    assertEquals(0.596884378, value(Expr.ref(Symbol.h(1, 2))), 5e-10);
    assertEquals(0.75136507, value(Expr.ref(Symbol.h(2, 1))), 5e-9);
    assertEquals(0.772928465, value(Expr.ref(Symbol.h(2, 2))), 5e-10);
  }

  @Test
  void lossTermsAreTheNotesWithTheirSlipCorrected() {
    // The notes write 0.23 for E_o2 and so 0.50 for E_total (shared/seed/README.md).
    assertEquals(0.274811083, value(Expr.ref(Symbol.lossTerm(1))), 5e-10);
    assertEquals(0.023560026, value(Expr.ref(Symbol.lossTerm(2))), 5e-10);
    assertEquals(0.298371109, value(Expr.ref(Symbol.loss())), 5e-10);
  }

  @Test
  void weightsAfterTheStepAreThePublishedOnes() {
    double[] published = {0.149780716, 0.19956143, 0.24975114, 0.29950229, 0.35891648,
        0.408666186, 0.511301270, 0.561370121};
    for (int n = 0; n < 8; n++) {
      Symbol w = Symbol.parameter(n / 4 + 1, "w", n % 4 / 2 + 1, n % 2 + 1);
      assertEquals(published[n], value(new Expr.Updated(w)), 5e-9, "w" + (n + 1));
    }
  }

  @Test
  void gradientsAreTheChainRuleWrittenOutByHand() {
    double h1 = sigmoid(W[0] * X1 + W[1] * X2 + 0.35);
    double h2 = sigmoid(W[2] * X1 + W[3] * X2 + 0.35);
    double o1 = sigmoid(W[4] * h1 + W[5] * h2 + 0.60);
    double o2 = sigmoid(W[6] * h1 + W[7] * h2 + 0.60);
    double d1 = (o1 - T1) * o1 * (1 - o1);
    double d2 = (o2 - T2) * o2 * (1 - o2);
    double e1 = (d1 * W[4] + d2 * W[6]) * h1 * (1 - h1);
    assertEquals(d1 * h1, weightGradient(2, 1, 1), 1e-15, "dL/dw5");
    assertEquals(d2 * h2, weightGradient(2, 2, 2), 1e-15, "dL/dw8");
    assertEquals(e1 * X2, weightGradient(1, 1, 2), 1e-15, "dL/dw2");
  }

  @Test
  void theNotesNamesStandBesideOursInTheNotesNetwork() {
    Block.Equation w5 = explanation.equations().filter(e -> e.lhs().equals(new Expr.Partial(
        Symbol.loss(), Symbol.parameter(2, "w", 1, 1)))).findFirst().orElseThrow();
    assertEquals("dL/dw5", w5.alias().orElseThrow().text());
  }
}
