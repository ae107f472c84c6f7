package org.nnlab.core.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.LossContract;
import org.nnlab.testkit.TestOptions;

/** The contract with delta 0.5, so that random outputs fall on both sides of it. */
class HuberLossTest extends LossContract {
  @Override
  protected LossProvider provider() {
    return new HuberLoss();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("delta", 0.5);
  }

  private static Loss huber(Object... options) {
    return new HuberLoss().create(TestOptions.of(options));
  }

  @Test
  void isHalfTheSquareInsideDeltaAndLinearOutsideAsPyTorchsHuberLoss() {
    // d = 0.5, −2, 3 with delta 1: 0.125, 1 · (2 − 0.5) = 1.5, 2.5; mean 4.125 / 3.
    Matrix output = Matrix.of(new double[][] {{0.5, -2, 3}});
    Matrix gradient = new Matrix(1, 3);
    assertEquals(4.125 / 3, huber().evaluate(output, new Matrix(1, 3), gradient), 1e-15);
    assertArrayEquals(new double[] {0.5 / 3, -1.0 / 3, 1.0 / 3}, gradient.data(), 1e-15);
  }

  @Test
  void deltaMovesTheKinkAndScalesTheLinearPart() {
    // d = 0.1 and 1 with delta 0.25: 0.005 and 0.25 · (1 − 0.125) = 0.21875.
    Matrix gradient = new Matrix(2, 1);
    assertEquals((0.005 + 0.21875) / 2, huber("delta", 0.25).evaluate(
        Matrix.of(new double[][] {{0.1}, {1}}), new Matrix(2, 1), gradient), 1e-15);
    assertArrayEquals(new double[] {0.05, 0.125}, gradient.data(), 1e-15);
  }

  @Test
  void aDeltaThatIsNotPositiveIsRefused() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> huber("delta", 0.0));
    assertEquals("delta", e.key());
  }
}
