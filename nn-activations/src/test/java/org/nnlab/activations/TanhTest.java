package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class TanhTest extends ActivationContract {
  @Override
  protected ActivationProvider provider() {
    return new Tanh();
  }

  @Test
  void floatBulkTanhIsMathTanhRoundedToFloatBitForBit() {
    assertTrue(VectorSupport.AVAILABLE, "the tests run with the Vector API, as nn does");
    float[] x = new float[4096];
    Random random = new Random(9);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 4));
    }
    float[] edges = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-20f, 9.01f, -9.01f, 20f, -20f,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
    System.arraycopy(edges, 0, x, 0, edges.length);
    float[] y = new float[x.length];
    new Tanh().applyAll(x, y, x.length);
    for (int i = 0; i < x.length; i++) {
      assertEquals(Float.floatToRawIntBits((float) Math.tanh(x[i])), Float.floatToRawIntBits(y[i]),
          "x = " + x[i]);
    }
    float[] nan = {Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN,
        Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN,
        Float.NaN};
    new Tanh().applyAll(nan, nan, nan.length);
    for (float value : nan) {
      assertTrue(Float.isNaN(value));
    }
  }
}
