package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.api.Precision;
import org.nnlab.core.data.Dataset;

class BatchSamplerTest {
  private static final Dataset DATA = new Dataset(
      Matrix.of(new double[][] {{0.1, 1.0 / 3}, {-2.5e-7, 7}, {1e10, -0.3}}),
      Matrix.of(new double[][] {{1}, {2}, {3}}), List.of(), false, "three samples", List.of(),
      List.of());

  @Test
  void float32BatchesHoldTheInputsRoundedToFloatAndTheTargetsAsDoubles() {
    BatchSampler batches = BatchSampler.inOrder(DATA, 2, Precision.FLOAT32);
    batches.gather(1, 2);
    Matrix inputs = batches.inputs();
    assertEquals(Precision.FLOAT32, inputs.precision());
    assertEquals(2, inputs.rows());
    assertArrayEquals(new float[] {(float) -2.5e-7, 7f, 1e10f, (float) -0.3},
        java.util.Arrays.copyOf(inputs.floats(), 4));
    assertArrayEquals(new double[] {2, 3}, java.util.Arrays.copyOf(batches.targets().data(), 2));
  }

  @Test
  void float64BatchesHoldTheInputsAsTheyAre() {
    BatchSampler batches = BatchSampler.inOrder(DATA, 2, Precision.FLOAT64);
    batches.gather(0, 2);
    assertEquals(Precision.FLOAT64, batches.inputs().precision());
    assertArrayEquals(new double[] {0.1, 1.0 / 3, -2.5e-7, 7},
        java.util.Arrays.copyOf(batches.inputs().data(), 4));
  }
}
