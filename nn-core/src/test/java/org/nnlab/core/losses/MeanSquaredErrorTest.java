package org.nnlab.core.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.testkit.LossContract;

class MeanSquaredErrorTest extends LossContract {
  @Override
  protected LossProvider provider() {
    return new MeanSquaredError();
  }

  @Test
  void isTheMeanOverOutputsAndSamplesAsInKerasAndPyTorch() {
    // torch.nn.MSELoss(reduction="mean") of these gives ((1)^2 + (2)^2 + (0)^2 + (3)^2) / 4 = 3.5
    Matrix output = Matrix.of(new double[][] {{1, 2}, {0, 3}});
    Matrix target = Matrix.of(new double[][] {{0, 0}, {0, 0}});
    Matrix gradient = new Matrix(2, 2);
    assertEquals(3.5, new MeanSquaredError().evaluate(output, target, gradient), 0.0);
    assertArrayEquals(new double[] {0.5, 1.0, 0.0, 1.5}, gradient.data(), 0.0);
  }
}
