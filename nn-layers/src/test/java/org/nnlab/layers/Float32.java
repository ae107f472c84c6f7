package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;

/** Float32 batches and their float64 twins, and the agreement expected between the two. */
final class Float32 {
  private Float32() {}

  /** A float32 matrix of standard normal numbers rounded to float. */
  static Matrix randomFloats(int rows, int cols, long seed) {
    Random random = new Random(seed);
    Matrix matrix = new Matrix(rows, cols, Precision.FLOAT32);
    for (int i = 0; i < matrix.size(); i++) {
      matrix.floats()[i] = (float) random.nextGaussian();
    }
    return matrix;
  }

  /** The same values in a float64 matrix, widened exactly. */
  static Matrix widened(Matrix floats) {
    Matrix doubles = new Matrix(floats.rows(), floats.cols());
    for (int i = 0; i < floats.size(); i++) {
      doubles.data()[i] = floats.floats()[i];
    }
    return doubles;
  }

  /**
   * Gives the float64 layer the float32 layer's parameter values (their options rounded to
   * float), so that only the arithmetic differs between the two.
   */
  static void sameParameters(Layer floats, Layer doubles) {
    for (int p = 0; p < floats.parameters().size(); p++) {
      Parameter from = floats.parameters().get(p);
      for (int i = 0; i < from.size(); i++) {
        doubles.parameters().get(p).setValue(i, from.value(i));
      }
    }
  }

  /** The float64 values rounded to float, each. */
  static float[] rounded(double[] values, int count) {
    float[] floats = new float[count];
    for (int i = 0; i < count; i++) {
      floats[i] = (float) values[i];
    }
    return floats;
  }

  /** Fails unless each float agrees with its double to 1e-5 relative (of the array's largest). */
  static void assertAgree(String what, double[] expected, float[] actual, int count) {
    double largest = 0;
    for (int i = 0; i < count; i++) {
      largest = Math.max(largest, Math.abs(expected[i]));
    }
    for (int i = 0; i < count; i++) {
      if (!(Math.abs(actual[i] - expected[i]) <= 1e-5 * Math.abs(expected[i]) + 1e-6 * largest)) {
        fail(what + "[" + i + "] is " + actual[i] + " in float32 but " + expected[i]
            + " in float64");
      }
    }
  }

  static void assertAgree(String what, Matrix expected, Matrix actual) {
    assertAgree(what, expected.data(), actual.floats(), expected.size());
  }

  static void assertAgree(Parameter expected, Parameter actual) {
    assertAgree("dL/d" + expected.name(), expected.gradients(), actual.floatGradients(),
        expected.size());
  }
}
