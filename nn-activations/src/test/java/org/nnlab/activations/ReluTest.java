package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

class ReluTest extends ActivationContract {
  private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
      Double.longBitsToDouble(0xfff8000000000001L), 3.5e-300, -2.25};

  private static final float[] FLOAT_EDGES = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE,
      Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0x7fffffff),
      Float.intBitsToFloat(0xffc00001), 1e-40f, -1e-40f, 1f, -2.25f};

  // Each edge three times over (through whole vectors when the Vector API is loaded), and each on
  // its own (through the scalar loop after them).
  private static List<double[]> doubleInputs() {
    List<double[]> inputs = new ArrayList<>();
    double[] all = new double[3 * EDGES.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = EDGES[i % EDGES.length];
    }
    inputs.add(all);
    for (double edge : EDGES) {
      inputs.add(new double[] {edge});
    }
    return inputs;
  }

  private static List<float[]> floatInputs() {
    List<float[]> inputs = new ArrayList<>();
    float[] all = new float[3 * FLOAT_EDGES.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = FLOAT_EDGES[i % FLOAT_EDGES.length];
    }
    inputs.add(all);
    for (float edge : FLOAT_EDGES) {
      inputs.add(new float[] {edge});
    }
    return inputs;
  }

  @Override
  protected ActivationProvider provider() {
    return new Relu();
  }

  @Test
  void bulkMethodsGiveTheScalarResultsBitForBitAtEveryDoubleEdgeInVectorsAndAlone() {
    Relu relu = new Relu();
    for (double[] input : doubleInputs()) {
      int count = input.length;
      double[] y = new double[count];
      double[] dydx = new double[count];
      relu.applyAll(input, y, count);
      relu.derivativeAll(input, y, dydx, count);
      for (int i = 0; i < count; i++) {
        double x = input[i];
        long expected = Double.doubleToRawLongBits(x > 0 ? x : 0.0);
        assertEquals(expected, Double.doubleToRawLongBits(y[i]), "at " + x);
        assertEquals(expected, Double.doubleToRawLongBits(relu.apply(x)), "at " + x);
        assertEquals(x > 0 ? 1.0 : 0.0, dydx[i], "at " + x);
      }
    }
  }

  @Test
  void bulkMethodsGiveTheScalarResultsBitForBitAtEveryFloatEdgeInVectorsAndAlone() {
    Relu relu = new Relu();
    for (float[] input : floatInputs()) {
      int count = input.length;
      float[] y = new float[count];
      float[] dydx = new float[count];
      relu.applyAll(input, y, count);
      relu.derivativeAll(input, y, dydx, count);
      for (int i = 0; i < count; i++) {
        float x = input[i];
        String at = "at " + x + " (bits " + Integer.toHexString(Float.floatToRawIntBits(x)) + ")";
        assertEquals(Float.floatToRawIntBits(x > 0 ? x : 0f), Float.floatToRawIntBits(y[i]), at);
        assertEquals(x > 0 ? 1f : 0f, dydx[i], at);
      }
    }
  }
}
