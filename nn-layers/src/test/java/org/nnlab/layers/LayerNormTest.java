package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;
import org.nnlab.testkit.TestOptions;

class LayerNormTest {
  // Rows with means 2 and 0, biased variances 2/3 and 8/3.
  private static final Matrix BATCH = Matrix.wrap(2, 3, new double[] {1, 2, 3, -2, 0, 2});

  private static Layer layerNorm(PluginOptions options) {
    return new LayerNormProvider().create(TestContexts.of(3, 2, options, 1));
  }

  @Test
  void eachSampleIsNormalisedOverItsOwnFeaturesThenScaledAndShifted() {
    Layer layer = layerNorm(TestOptions.of("eps", 1e-12, "gamma", new double[] {1, 2, 3},
        "beta", new double[] {0, 0, 1}));
    Matrix z = new Matrix(2, 3);
    layer.forward(BATCH, z, Mode.TRAINING);
    double a = 1 / Math.sqrt(2.0 / 3);
    double b = 2 / Math.sqrt(8.0 / 3);
    assertArrayEquals(new double[] {-a, 0, 3 * a + 1, -b, 0, 3 * b + 1}, z.data(), 1e-9);
  }

  private static Layer layerNorm(Precision precision) {
    return new LayerNormProvider().create(TestContexts.of(4, 5, TestOptions.of(
        "gamma", new double[] {1.5, -0.5, 0.8, 1.0 / 3}, "beta", new double[] {0.1, 0.2, -0.3, 0}),
        1, precision));
  }

  @Test
  void float32GammaAndBetaAreFloatsRoundedFromTheirOptions() {
    Layer layer = layerNorm(Precision.FLOAT32);
    assertTrue(layer.supports(Precision.FLOAT32));
    Parameter gamma = layer.parameters().get(0);
    assertEquals(Precision.FLOAT32, gamma.precision());
    assertEquals(Precision.FLOAT32, layer.parameters().get(1).precision());
    assertArrayEquals(new float[] {1.5f, -0.5f, 0.8f, (float) (1.0 / 3)}, gamma.floatValues(),
        0.0f);
  }

  @Test
  void float32ForwardAndBackwardAgreeWithFloat64() {
    Layer floats = layerNorm(Precision.FLOAT32);
    Layer doubles = layerNorm(Precision.FLOAT64);
    Float32.sameParameters(floats, doubles);
    Matrix input = Float32.randomFloats(5, 4, 14);
    Matrix gradient = Float32.randomFloats(5, 4, 15);
    Matrix z32 = new Matrix(5, 4, Precision.FLOAT32);
    Matrix z64 = new Matrix(5, 4);
    floats.forward(input, z32, Mode.TRAINING);
    doubles.forward(Float32.widened(input), z64, Mode.TRAINING);
    Float32.assertAgree("training output", z64, z32);
    Matrix dx32 = new Matrix(5, 4, Precision.FLOAT32);
    Matrix dx64 = new Matrix(5, 4);
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
  void trainingAndEvaluationAgreeAndThereIsNoState() {
    Layer layer = layerNorm(TestOptions.empty());
    Matrix training = new Matrix(2, 3);
    Matrix evaluation = new Matrix(2, 3);
    layer.forward(BATCH, training, Mode.TRAINING);
    layer.forward(BATCH, evaluation, Mode.EVALUATION);
    assertArrayEquals(training.data(), evaluation.data(), 0.0);
    assertEquals(0, layer.buffers().size());
  }
}
