package org.nnlab.core.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.testkit.LossContract;

class BinaryCrossEntropyTest extends LossContract {
  @Override
  protected LossProvider provider() {
    return new BinaryCrossEntropy();
  }

  @Test
  void declaresASigmoidOverClassTargetsAndNoSoftmax() {
    BinaryCrossEntropy loss = new BinaryCrossEntropy();
    assertEquals(List.of(true, true, false),
        List.of(loss.appliesSigmoid(), loss.targetsAreClasses(), loss.appliesSoftmax()));
  }

  @Test
  void aZeroLogitCostsLogTwoWhateverTheClass() {
    Matrix gradient = new Matrix(2, 1);
    double loss = new BinaryCrossEntropy().evaluate(new Matrix(2, 1),
        Matrix.of(new double[][] {{0}, {1}}), gradient);
    assertEquals(Math.log(2), loss, 1e-15);
    // (σ(0) − t) / n = (0.5 − 0) / 2 and (0.5 − 1) / 2.
    assertArrayEquals(new double[] {0.25, -0.25}, gradient.data(), 1e-15);
  }

  @Test
  void matchesTheLogOfTheSigmoidsProbabilityOnAKnownBatch() {
    // −log σ(2) for t = 1 and −log(1 − σ(−1)) = −log σ(1) for t = 0, as BCEWithLogitsLoss.
    Matrix logits = Matrix.of(new double[][] {{2}, {-1}});
    Matrix target = Matrix.of(new double[][] {{1}, {0}});
    double expected = (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1))) / 2;
    assertEquals(expected, new BinaryCrossEntropy().evaluate(logits, target, new Matrix(2, 1)),
        1e-15);
  }

  @Test
  void hugeLogitsCostTheirSizeWhenWrongAndNothingWhenRight() {
    Matrix logits = Matrix.of(new double[][] {{1000}, {-1000}, {1000}});
    Matrix target = Matrix.of(new double[][] {{0}, {1}, {1}});
    Matrix gradient = new Matrix(3, 1);
    double loss = new BinaryCrossEntropy().evaluate(logits, target, gradient);
    assertEquals(2000.0 / 3, loss, 1e-12);
    assertArrayEquals(new double[] {1.0 / 3, -1.0 / 3, 0.0}, gradient.data(), 1e-15);
    assertTrue(Double.isFinite(loss));
  }
}
