package org.nnlab.core.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.testkit.LossContract;

class L1LossTest extends LossContract {
  @Override
  protected LossProvider provider() {
    return new L1Loss();
  }

  @Test
  void isTheMeanAbsoluteErrorAsPyTorchsL1Loss() {
    // torch.nn.L1Loss() of these: (1 + 2 + 0 + 3) / 4 = 1.5.
    Matrix output = Matrix.of(new double[][] {{1, -2}, {0, 3}});
    Matrix target = new Matrix(2, 2);
    Matrix gradient = new Matrix(2, 2);
    assertEquals(1.5, new L1Loss().evaluate(output, target, gradient), 0.0);
    assertArrayEquals(new double[] {0.25, -0.25, 0.0, 0.25}, gradient.data(), 0.0);
  }
}
