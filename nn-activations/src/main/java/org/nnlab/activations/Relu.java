package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The rectified linear unit, f(x) = max(0, x), with f'(x) = 1 for x &gt; 0 and 0 otherwise.
 *
 * <p>At the kink, f'(0) = 0, as in PyTorch. A unit whose input stays negative passes no gradient
 * at all: a dead ReLU.
 */
@AutoService(ActivationProvider.class)
public final class Relu implements Activation, ActivationProvider {
  private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
  private static final int ONE_FLOAT_BITS = Float.floatToRawIntBits(1f);
  private static final long INFINITY_BITS = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
  private static final int INFINITY_FLOAT_BITS = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);

  @Override
  public String name() {
    return "relu";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "max(0, x); derivative 1 for x > 0, else 0";
  }

  @Override
  public Activation create(PluginOptions options) {
    return this;
  }

  @Override
  public double apply(double x) {
    return f(x);
  }

  @Override
  public double derivative(double x, double y) {
    return df(x);
  }

  // The bulk methods run whole vectors through VectorLanes when the Vector API is loaded, and the
  // rest branch-free: the signs in a layer are as good as random, and a branch on them would be
  // mispredicted half the time. Same results as f and df, bit for bit.

  @Override
  public void applyAll(double[] x, double[] y, int count) {
    boolean vectors = VectorSupport.AVAILABLE && count >= VectorLanes.DOUBLE_LANES;
    for (int i = vectors ? VectorLanes.relu(x, y, count) : 0; i < count; i++) {
      long bits = Double.doubleToRawLongBits(x[i]);
      y[i] = Double.longBitsToDouble(bits & positive(bits));
    }
  }

  @Override
  public void applyAll(float[] x, float[] y, int count) {
    boolean vectors = VectorSupport.AVAILABLE && count >= VectorLanes.FLOAT_LANES;
    for (int i = vectors ? VectorLanes.relu(x, y, count) : 0; i < count; i++) {
      int bits = Float.floatToRawIntBits(x[i]);
      y[i] = Float.intBitsToFloat(bits & positive(bits));
    }
  }

  @Override
  public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
    boolean vectors = VectorSupport.AVAILABLE && count >= VectorLanes.DOUBLE_LANES;
    int i = vectors ? VectorLanes.reluSlope(x, dydx, count) : 0;
    for (; i < count; i++) {
      dydx[i] = Double.longBitsToDouble(ONE_BITS & positive(Double.doubleToRawLongBits(x[i])));
    }
  }

  @Override
  public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
    boolean vectors = VectorSupport.AVAILABLE && count >= VectorLanes.FLOAT_LANES;
    int i = vectors ? VectorLanes.reluSlope(x, dydx, count) : 0;
    for (; i < count; i++) {
      dydx[i] = Float.intBitsToFloat(ONE_FLOAT_BITS & positive(Float.floatToRawIntBits(x[i])));
    }
  }

  // All ones when the double with these bits is > 0 (bits in 1 .. those of +Infinity), else 0:
  // both differences are non-negative exactly then.
  private static long positive(long bits) {
    return ~((bits - 1) | (INFINITY_BITS - bits)) >> 63;
  }

  private static int positive(int bits) {
    return ~((bits - 1) | (INFINITY_FLOAT_BITS - bits)) >> 31;
  }

  private static double f(double x) {
    return x > 0 ? x : 0.0;
  }

  private static double df(double x) {
    return x > 0 ? 1.0 : 0.0;
  }
}
