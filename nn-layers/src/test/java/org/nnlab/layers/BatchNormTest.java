package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;
import org.nnlab.testkit.TestOptions;

class BatchNormTest {
  // Two features over four rows: means 2.5 and -1, biased variances 1.25 and 4.
  private static final Matrix BATCH = Matrix.wrap(4, 2, new double[] {
      1, -3, 2, 1, 3, -3, 4, 1});

  private static Layer batchNorm(PluginOptions options) {
    return new BatchNormProvider().create(TestContexts.of(2, 4, options, 1));
  }

  @Test
  void trainingNormalisesEachFeatureByTheBatchsMeanAndBiasedVariance() {
    Layer layer = batchNorm(TestOptions.of("eps", 1e-12));
    Matrix z = new Matrix(4, 2);
    layer.forward(BATCH, z, Mode.TRAINING);
    double s0 = Math.sqrt(1.25);
    assertArrayEquals(new double[] {-1.5 / s0, -1, -0.5 / s0, 1, 0.5 / s0, -1, 1.5 / s0, 1},
        z.data(), 1e-9);
  }

  @Test
  void trainingMovesTheRunningMeanAndUnbiasedVarianceByTheMomentum() {
    Layer layer = batchNorm(TestOptions.empty());
    layer.forward(BATCH, new Matrix(4, 2), Mode.TRAINING);
    // 0.9 * 0 + 0.1 * mean; 0.9 * 1 + 0.1 * (biased variance * 4 / 3).
    assertArrayEquals(new double[] {0.25, -0.1}, layer.buffers().get(0).values(), 1e-15);
    assertArrayEquals(new double[] {0.9 + 0.1 * 1.25 * 4 / 3, 0.9 + 0.1 * 4 * 4 / 3},
        layer.buffers().get(1).values(), 1e-15);
  }

  @Test
  void evaluationUsesTheRunningStatisticsAndGammaAndBeta() {
    Layer layer = batchNorm(TestOptions.of("running_mean", new double[] {1, -1},
        "running_var", new double[] {4, 0.25}, "gamma", new double[] {2, 3},
        "beta", new double[] {0.5, -0.5}, "eps", 1e-12));
    Matrix z = new Matrix(4, 2);
    layer.forward(BATCH, z, Mode.EVALUATION);
    assertArrayEquals(new double[] {0.5, -12.5, 1.5, 11.5, 2.5, -12.5, 3.5, 11.5}, z.data(),
        1e-9);
  }

  @Test
  void aBatchOfOneRowLeavesTheRunningStatisticsAlone() {
    Layer layer = batchNorm(TestOptions.empty());
    layer.forward(Matrix.wrap(1, 2, new double[] {5, 7}), new Matrix(1, 2), Mode.TRAINING);
    assertArrayEquals(new double[] {0, 0}, layer.buffers().get(0).values(), 0.0);
    assertArrayEquals(new double[] {1, 1}, layer.buffers().get(1).values(), 0.0);
  }

  @Test
  void trainingOnBatchesOfOneRowOnlyIsRefusedButEvaluatingThemIsNot() {
    Layer layer = new BatchNormProvider().create(TestContexts.of(2, 1, TestOptions.empty(), 1));
    Matrix row = Matrix.wrap(1, 2, new double[] {5, 7});
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> layer.forward(row, new Matrix(1, 2), Mode.TRAINING));
    assertTrue(e.getMessage().endsWith("train with training.batch_size of 2 or more, or use "
        + "layer_norm"), e.getMessage());
    Matrix z = new Matrix(1, 2);
    layer.forward(row, z, Mode.EVALUATION);
    assertArrayEquals(new double[] {5 / Math.sqrt(1 + 1e-5), 7 / Math.sqrt(1 + 1e-5)}, z.data(),
        1e-12);
  }

  @Test
  void gammaScalesAndBetaShiftsAndNeitherCountsAsWeights() {
    Layer layer = batchNorm(TestOptions.empty());
    assertEquals(ParameterRole.SCALES, layer.parameters().get(0).role());
    assertEquals(ParameterRole.BIASES, layer.parameters().get(1).role());
    assertArrayEquals(new double[] {1, 1}, layer.parameters().get(0).values(), 0.0);
    assertArrayEquals(new double[] {0, 0}, layer.parameters().get(1).values(), 0.0);
  }

  @Test
  void aGammaOfTheWrongLengthIsRefused() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> batchNorm(TestOptions.of("gamma", new double[] {1, 2, 3})));
    assertEquals("gamma", e.key());
    assertEquals("2 numbers (one per feature)", e.expected());
  }

  // Three features over six rows, with scales and shifts that are not 1 and 0.
  private static final PluginOptions FLOAT32_OPTIONS = TestOptions.of("momentum", 0.2,
      "gamma", new double[] {1.5, -0.5, 0.8}, "beta", new double[] {0.1, 0.2, -0.3});

  private static Layer batchNorm(Precision precision) {
    return new BatchNormProvider().create(TestContexts.of(3, 6, FLOAT32_OPTIONS, 1, precision));
  }

  @Test
  void float32GammaAndBetaAreFloatsRoundedFromTheirOptionsAndTheRunningStatisticsDoubles() {
    Layer layer = new BatchNormProvider().create(TestContexts.of(3, 6, TestOptions.of(
        "gamma", new double[] {0.1, 1.0 / 3, 2}, "running_var", new double[] {0.1, 1, 2}), 1,
        Precision.FLOAT32));
    assertTrue(layer.supports(Precision.FLOAT32));
    Parameter gamma = layer.parameters().get(0);
    Parameter beta = layer.parameters().get(1);
    assertEquals(Precision.FLOAT32, gamma.precision());
    assertEquals(Precision.FLOAT32, beta.precision());
    assertArrayEquals(new float[] {0.1f, (float) (1.0 / 3), 2f}, gamma.floatValues(), 0.0f);
    assertArrayEquals(new float[] {0, 0, 0}, beta.floatValues(), 0.0f);
    assertArrayEquals(new double[] {0.1, 1, 2}, layer.buffers().get(1).values(), 0.0);
  }

  @Test
  void float32ForwardAndBackwardAgreeWithFloat64() {
    Layer floats = batchNorm(Precision.FLOAT32);
    Layer doubles = batchNorm(Precision.FLOAT64);
    Float32.sameParameters(floats, doubles);
    Matrix input = Float32.randomFloats(6, 3, 12);
    Matrix gradient = Float32.randomFloats(6, 3, 13);
    Matrix z32 = new Matrix(6, 3, Precision.FLOAT32);
    Matrix z64 = new Matrix(6, 3);
    floats.forward(input, z32, Mode.TRAINING);
    doubles.forward(Float32.widened(input), z64, Mode.TRAINING);
    Float32.assertAgree("training output", z64, z32);
    Matrix dx32 = new Matrix(6, 3, Precision.FLOAT32);
    Matrix dx64 = new Matrix(6, 3);
    floats.backward(input, gradient, dx32);
    doubles.backward(Float32.widened(input), Float32.widened(gradient), dx64);
    Float32.assertAgree(doubles.parameters().get(0), floats.parameters().get(0));
    Float32.assertAgree(doubles.parameters().get(1), floats.parameters().get(1));
    Float32.assertAgree("dL/dx", dx64, dx32);
    floats.forward(input, z32, Mode.EVALUATION);
    doubles.forward(Float32.widened(input), z64, Mode.EVALUATION);
    Float32.assertAgree("evaluation output", z64, z32);
  }

  @Test
  void float32TrainingMovesTheRunningStatisticsExactlyAsFloat64() {
    Layer floats = batchNorm(Precision.FLOAT32);
    Layer doubles = batchNorm(Precision.FLOAT64);
    for (int batch = 0; batch < 3; batch++) {
      Matrix input = Float32.randomFloats(6, 3, 30 + batch);
      floats.forward(input, new Matrix(6, 3, Precision.FLOAT32), Mode.TRAINING);
      doubles.forward(Float32.widened(input), new Matrix(6, 3), Mode.TRAINING);
      // Means and variances are accumulated in double from the same values.
      assertArrayEquals(doubles.buffers().get(0).values(), floats.buffers().get(0).values(), 0.0);
      assertArrayEquals(doubles.buffers().get(1).values(), floats.buffers().get(1).values(), 0.0);
    }
    assertTrue(floats.buffers().get(0).values()[0] != 0, "the running mean moved");
  }

  @Test
  void aBatchInAnotherPrecisionThanTheParametersIsRefused() {
    Layer layer = batchNorm(Precision.FLOAT64);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> layer.forward(Float32.randomFloats(6, 3, 1), new Matrix(6, 3, Precision.FLOAT32),
            Mode.TRAINING));
    assertEquals("batch_norm(3) was built for float64 but is given a float32 batch",
        e.getMessage());
  }

  @Test
  void aNegativeRunningVarianceIsRefused() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> batchNorm(TestOptions.of("running_var", new double[] {1, -2})));
    assertEquals("running_var", e.key());
  }
}
