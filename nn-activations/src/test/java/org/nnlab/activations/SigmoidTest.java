package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class SigmoidTest extends ActivationContract {
  @Override
  protected ActivationProvider provider() {
    return new Sigmoid();
  }

  // The textbook stable form, with a branch on the sign.
  private static double twoBranches(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  @Test
  void vectorLanesLeaveTheEntriesPastTheLastWholeVectorToTheCaller() {
    float[] x = new float[37];
    float[] y = new float[37];
    java.util.Arrays.fill(y, -1f);
    int done = VectorLanes.sigmoid(x, y, 37);
    assertTrue(done > 0 && done <= 37 && 37 - done < 16 && done % 2 == 0, "done = " + done);
    for (int i = 0; i < 37; i++) {
      assertEquals(i < done ? 0.5f : -1f, y[i], 0f, "entry " + i);
    }
  }

  @Test
  void equalsTheTwoBranchStableFormBitForBitInBothPrecisions() {
    Sigmoid sigmoid = new Sigmoid();
    double[] x = new double[4096];
    Random random = new Random(5);
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(6) - 3);
    }
    double[] edges = {0.0, -0.0, 1e-320, -1e-320, 36.5, -36.5, 709.8, -745.2, 800, -800,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE,
        // The three floats whose vector exp rounded differently on AVX-512 (all 2^32 checked).
        9.894371E-6, -6.4969063E-6, -6.735325E-6};
    System.arraycopy(edges, 0, x, 0, edges.length);
    assertTrue(VectorSupport.AVAILABLE, "the tests run with the Vector API, as nn does");
    double[] y = new double[x.length];
    float[] xf = new float[x.length];
    float[] yf = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      xf[i] = (float) x[i];
    }
    sigmoid.applyAll(x, y, x.length);
    sigmoid.applyAll(xf, yf, x.length);
    for (int i = 0; i < x.length; i++) {
      assertEquals(twoBranches(x[i]), y[i], 0.0, "x = " + x[i]);
      assertEquals(twoBranches(x[i]), sigmoid.apply(x[i]), 0.0, "x = " + x[i]);
      assertEquals((float) twoBranches(xf[i]), yf[i], 0.0f, "x = " + xf[i]);
    }
    assertTrue(Double.isNaN(sigmoid.apply(Double.NaN)));
    // In place: x overwritten by y, whose saturated entries are below the vectors' exact range.
    System.arraycopy(xf, 0, yf, 0, xf.length);
    sigmoid.applyAll(yf, yf, yf.length);
    for (int i = 0; i < x.length; i++) {
      assertEquals((float) twoBranches(xf[i]), yf[i], 0.0f, "in place, x = " + xf[i]);
    }
  }
}
