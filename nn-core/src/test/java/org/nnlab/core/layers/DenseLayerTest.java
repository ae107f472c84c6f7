package org.nnlab.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.LayerContract;
import org.nnlab.testkit.TestOptions;

class DenseLayerTest extends LayerContract {
  @Override
  protected LayerProvider provider() {
    return new DenseLayerProvider();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("units", 4);
  }

  @Test
  void rowOfTheWeightMatrixFeedsItsUnit() {
    Layer layer = provider().create(context(TestOptions.of(
        "weights", new double[][] {{1, 2}, {3, 4}, {5, 6}}, "biases", new double[] {10, 20, 30})));
    Matrix output = new Matrix(1, 3);
    layer.forward(Matrix.of(new double[][] {{1, -1}}), output, Mode.TRAINING);
    assertArrayEquals(new double[] {10 + 1 - 2, 20 + 3 - 4, 30 + 5 - 6}, output.data(), 0.0);
  }

  @Test
  void unitsDefaultToTheRowsOfGivenWeights() {
    Layer layer = provider().create(context(TestOptions.of("weights",
        new double[][] {{1, 2}, {3, 4}})));
    assertEquals(2, layer.outputSize());
  }

  @Test
  void weightsOfTheWrongShapeAreRefusedWithBothShapes() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> provider().create(context(TestOptions.of("units", 2,
            "weights", new double[][] {{1, 2, 3}, {4, 5, 6}}))));
    assertEquals("weights", e.key());
    assertEquals("a 2 x 2 matrix ([units][inputs]: one row of 2 weights per unit)", e.expected());
    assertEquals("a 2 x 3 matrix", e.found());
  }

  @Override
  protected int inputSize() {
    return 2;
  }

  @Test
  void biasesOfTheWrongLengthAreRefused() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> provider().create(context(TestOptions.of("units", 3, "biases",
            new double[] {1, 2}))));
    assertEquals("biases", e.key());
  }

  @Test
  void missingUnitsIsRefused() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> provider().create(context(TestOptions.empty())));
    assertEquals("units", e.key());
  }
}
