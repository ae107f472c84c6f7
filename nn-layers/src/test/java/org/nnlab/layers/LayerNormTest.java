package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.PluginOptions;
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
