package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class ReluTest extends ActivationContract {
  // Each edge three times over, so that every one passes through whole vectors and the scalar
  // tail alike.
  private static final double[] EDGES = repeated(new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
      Double.longBitsToDouble(0xfff8000000000001L), 3.5e-300, -2.25});

  private static final float[] FLOAT_EDGES = repeated(new float[] {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE,
      Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0x7fffffff),
      Float.intBitsToFloat(0xffc00001), 1e-40f, -1e-40f, 1f, -2.25f});

  private static double[] repeated(double[] edges) {
    double[] all = new double[3 * edges.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = edges[i % edges.length];
    }
    return all;
  }

  private static float[] repeated(float[] edges) {
    float[] all = new float[3 * edges.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = edges[i % edges.length];
    }
    return all;
  }

  @Override
  protected ActivationProvider provider() {
    return new Relu();
  }

  @Test
  void branchFreeBulkMethodsGiveTheScalarResultsBitForBitAtEveryDoubleEdge() {
    Relu relu = new Relu();
    int count = EDGES.length;
    double[] y = new double[count];
    double[] dydx = new double[count];
    relu.applyAll(EDGES, y, count);
    relu.derivativeAll(EDGES, y, dydx, count);
    for (int i = 0; i < count; i++) {
      double x = EDGES[i];
      long expected = Double.doubleToRawLongBits(x > 0 ? x : 0.0);
      assertEquals(expected, Double.doubleToRawLongBits(y[i]), "at " + x);
      assertEquals(expected, Double.doubleToRawLongBits(relu.apply(x)), "at " + x);
      assertEquals(x > 0 ? 1.0 : 0.0, dydx[i], "at " + x);
    }
  }

  @Test
  void branchFreeBulkMethodsGiveTheScalarResultsBitForBitAtEveryFloatEdge() {
    Relu relu = new Relu();
    int count = FLOAT_EDGES.length;
    float[] y = new float[count];
    float[] dydx = new float[count];
    relu.applyAll(FLOAT_EDGES, y, count);
    relu.derivativeAll(FLOAT_EDGES, y, dydx, count);
    for (int i = 0; i < count; i++) {
      float x = FLOAT_EDGES[i];
      String at = "at " + x + " (bits " + Integer.toHexString(Float.floatToRawIntBits(x)) + ")";
      assertEquals(Float.floatToRawIntBits(x > 0 ? x : 0f), Float.floatToRawIntBits(y[i]), at);
      assertEquals(x > 0 ? 1f : 0f, dydx[i], at);
    }
  }
}
