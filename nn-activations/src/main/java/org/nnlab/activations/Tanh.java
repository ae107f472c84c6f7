package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The hyperbolic tangent, f(x) = tanh(x), with f'(x) = 1 - f(x)^2, which peaks at 1 (at x = 0).
 */
@AutoService(ActivationProvider.class)
public final class Tanh implements Activation, ActivationProvider {

  @Override
  public String name() {
    return "tanh";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "tanh(x); derivative at most 1";
  }

  @Override
  public Activation create(PluginOptions options) {
    return this;
  }

  @Override
  public double apply(double x) {
    return Math.tanh(x);
  }

  @Override
  public double derivative(double x, double y) {
    return slope(y);
  }

  @Override
  public void applyAll(double[] x, double[] y, int count) {
    for (int i = 0; i < count; i++) {
      y[i] = Math.tanh(x[i]);
    }
  }

  @Override
  public void applyAll(float[] x, float[] y, int count) {
    boolean vectors = VectorSupport.AVAILABLE && count >= VectorLanes.FLOAT_LANES;
    for (int i = vectors ? VectorLanes.tanh(x, y, count) : 0; i < count; i++) {
      y[i] = (float) Math.tanh(x[i]);
    }
  }

  @Override
  public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
    for (int i = 0; i < count; i++) {
      dydx[i] = slope(y[i]);
    }
  }

  @Override
  public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
    for (int i = 0; i < count; i++) {
      dydx[i] = (float) slope(y[i]);
    }
  }

  // f'(x) in terms of y = tanh(x).
  private static double slope(double y) {
    return 1.0 - y * y;
  }
}
