package org.nnlab.core.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.testkit.LossContract;

class SoftmaxCrossEntropyTest extends LossContract {
  @Override
  protected LossProvider provider() {
    return new SoftmaxCrossEntropy();
  }

  @Test
  void uniformLogitsCostTheLogOfTheClassCount() {
    Matrix logits = Matrix.of(new double[][] {{0.3, 0.3, 0.3}});
    Matrix target = Matrix.of(new double[][] {{0, 1, 0}});
    Matrix gradient = new Matrix(1, 3);
    assertEquals(Math.log(3), new SoftmaxCrossEntropy().evaluate(logits, target, gradient),
        1e-15);
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3 - 1, 1.0 / 3}, gradient.data(), 1e-15);
  }

  @Test
  void matchesPyTorchCrossEntropyLossOnAKnownBatch() {
    // torch.nn.functional.cross_entropy(torch.tensor([[1., 2., 3.], [1., -1., 0.]]),
    //     torch.tensor([2, 0])) = mean(0.40760596, 0.40760596) = 0.40760596
    Matrix logits = Matrix.of(new double[][] {{1, 2, 3}, {1, -1, 0}});
    Matrix target = Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}});
    double expected = (Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3
        + Math.log(Math.exp(1) + Math.exp(-1) + Math.exp(0)) - 1) / 2;
    assertEquals(expected, new SoftmaxCrossEntropy().evaluate(logits, target, new Matrix(2, 3)),
        1e-15);
    assertEquals(0.40760596, expected, 5e-9);
  }

  @Test
  void hugeLogitsNeitherOverflowNorLosePrecision() {
    Matrix logits = Matrix.of(new double[][] {{1000, 0, -1000}});
    Matrix gradient = new Matrix(1, 3);
    double loss = new SoftmaxCrossEntropy().evaluate(logits,
        Matrix.of(new double[][] {{0, 1, 0}}), gradient);
    assertEquals(1000.0, loss, 1e-9);
    assertTrue(Double.isFinite(gradient.get(0, 0)));
  }
}
