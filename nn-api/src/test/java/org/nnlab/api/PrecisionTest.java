package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The float32 storage added in 2.3, and the defaults that keep 2.2 plugins float64-only. */
class PrecisionTest {

  @Test
  void precisionsAreFoundByTheirConfigurationNames() {
    assertEquals(Optional.of(Precision.FLOAT32), Precision.named("float32"));
    assertEquals(Optional.of(Precision.FLOAT64), Precision.named("float64"));
    assertEquals(Optional.empty(), Precision.named("half"));
  }

  @Test
  void aFloatMatrixStoresRoundedFloatsRowMajorAndRefusesDoubleAccess() {
    Matrix m = new Matrix(2, 3, Precision.FLOAT32);
    m.set(1, 2, 0.1);
    assertEquals(Precision.FLOAT32, m.precision());
    assertEquals(0.1f, m.floats()[5], 0.0f);
    assertEquals((double) 0.1f, m.get(1, 2), 0.0);
    IllegalStateException refused = assertThrows(IllegalStateException.class, m::data);
    assertEquals("this matrix holds float32 values: use floats()", refused.getMessage());
    assertThrows(IllegalStateException.class, () -> new Matrix(1, 1).floats());
  }

  @Test
  void aFloatMatrixResizesCopiesAndWidensLikeADoubleOne() {
    float[] backing = {1, 2, 3, 4, 5, 6};
    Matrix m = Matrix.wrap(3, 2, backing);
    m.resizeRows(2);
    assertSame(backing, m.floats());
    assertArrayEquals(new double[] {3, 4}, m.toArray()[1], 0.0);
    Matrix copy = m.copy();
    assertEquals(Precision.FLOAT32, copy.precision());
    assertEquals(4, copy.floats().length);
    m.fillZero();
    assertArrayEquals(new float[] {0, 0, 0, 0, 5, 6}, backing, 0.0f);
    m.resizeRows(4);
    assertEquals(8, m.floats().length);
    assertThrows(IllegalArgumentException.class, () -> Matrix.wrap(2, 2, new float[3]));
  }

  @Test
  void aFloatParameterHasFloatArraysAndReadsAndWritesThroughDoubles() {
    Parameter p = new Parameter("weights", ParameterRole.WEIGHTS, 2, 2, Precision.FLOAT32);
    p.setValue(3, 1.0 / 3);
    p.floatGradients()[1] = 0.5f;
    assertEquals(Precision.FLOAT32, p.precision());
    assertEquals((double) (float) (1.0 / 3), p.value(3), 0.0);
    assertEquals(0.5, p.gradient(1), 0.0);
    assertEquals(4, p.size());
    assertThrows(IllegalStateException.class, p::values);
    assertThrows(IllegalStateException.class, p::gradients);
    Parameter doubles = new Parameter("biases", ParameterRole.BIASES, 1, 3);
    assertEquals(Precision.FLOAT64, doubles.precision());
    assertThrows(IllegalStateException.class, doubles::floatValues);
  }

  @Test
  void floatOptimizerStateHoldsZeroFloatArraysOfEachParametersSize() {
    OptimizerState state = new OptimizerState(2, Precision.FLOAT32, 3, 5);
    assertEquals(Precision.FLOAT32, state.precision());
    assertEquals(2, state.parameters());
    assertArrayEquals(new float[5], state.floatArray(1, 1), 0.0f);
    assertThrows(IllegalStateException.class, () -> state.array(0, 0));
    assertEquals(Precision.FLOAT64, new OptimizerState(1, 4).precision());
  }

  @Test
  void anActivationWithScalarMethodsAloneComputesFloatBatchesInDoubleAndRounds() {
    Activation cube = new Activation() {
      @Override
      public double apply(double x) {
        return x * x * x;
      }

      @Override
      public double derivative(double x, double y) {
        return 3 * x * x;
      }
    };
    float[] x = {0.1f, -2f, 7f};
    float[] y = new float[3];
    float[] dydx = new float[3];
    cube.applyAll(x, y, 2);
    cube.derivativeAll(x, y, dydx, 2);
    assertEquals((float) (0.1f * (double) 0.1f * 0.1f), y[0], 0.0f);
    assertEquals(-8f, y[1], 0.0f);
    assertEquals(0f, y[2], 0.0f);
    assertEquals(12f, dydx[1], 0.0f);
  }

  @Test
  void pluginsWrittenBefore23DeclareFloat64Only() {
    Layer layer = new Layer() {
      @Override
      public int inputSize() {
        return 1;
      }

      @Override
      public int outputSize() {
        return 1;
      }

      @Override
      public List<Parameter> parameters() {
        return List.of();
      }

      @Override
      public void forward(Matrix input, Matrix output, Mode mode) {}

      @Override
      public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {}
    };
    assertTrue(layer.supports(Precision.FLOAT64));
    assertFalse(layer.supports(Precision.FLOAT32));
  }
}
