package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class ReluTest extends ActivationContract {
  private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
      Double.longBitsToDouble(0xfff8000000000001L), 3.5e-300, -2.25};

  @Override
  protected ActivationProvider provider() {
    return new Relu();
  }

  @Test
  void branchFreeBulkMethodsGiveTheScalarResultsBitForBitAtEveryEdge() {
    Relu relu = new Relu();
    int count = EDGES.length;
    double[] y = new double[count];
    double[] dydx = new double[count];
    relu.applyAll(EDGES, y, count);
    relu.derivativeAll(EDGES, y, dydx, count);
    float[] x32 = new float[count];
    for (int i = 0; i < count; i++) {
      x32[i] = (float) EDGES[i];
    }
    float[] y32 = new float[count];
    float[] dydx32 = new float[count];
    relu.applyAll(x32, y32, count);
    relu.derivativeAll(x32, y32, dydx32, count);
    for (int i = 0; i < count; i++) {
      double x = EDGES[i];
      String at = "at " + x;
      assertEquals(Double.doubleToRawLongBits(x > 0 ? x : 0.0), Double.doubleToRawLongBits(y[i]), at);
      assertEquals(x > 0 ? 1.0 : 0.0, dydx[i], at);
      assertEquals(Double.doubleToRawLongBits(relu.apply(x)), Double.doubleToRawLongBits(y[i]), at);
      float x1 = x32[i];
      assertEquals(Float.floatToRawIntBits(x1 > 0 ? x1 : 0f), Float.floatToRawIntBits(y32[i]), at);
      assertEquals(x1 > 0 ? 1f : 0f, dydx32[i], at);
    }
  }
}
