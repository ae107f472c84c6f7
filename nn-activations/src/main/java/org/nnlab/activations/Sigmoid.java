package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The logistic sigmoid, f(x) = 1 / (1 + e^-x), with f'(x) = f(x) (1 - f(x)).
 *
 * <p>Its derivative peaks at 0.25 (at x = 0). On its way back through a sigmoid layer the error
 * signal is multiplied by f'(z) &le; 0.25 (and by the weights), which is why the early layers of
 * a deep sigmoid network get vanishing gradients unless the weights are large.
 */
@AutoService(ActivationProvider.class)
public final class Sigmoid implements Activation, ActivationProvider {

  @Override
  public String name() {
    return "sigmoid";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "1 / (1 + e^-x); derivative at most 0.25";
  }

  @Override
  public Activation create(PluginOptions options) {
    return this;
  }

  @Override
  public double apply(double x) {
    return sigmoid(x);
  }

  @Override
  public double derivative(double x, double y) {
    return slope(y);
  }

  @Override
  public void applyAll(double[] x, double[] y, int count) {
    for (int i = 0; i < count; i++) {
      y[i] = sigmoid(x[i]);
    }
  }

  @Override
  public void applyAll(float[] x, float[] y, int count) {
    // The pass after the vectors reads x again, so they need an x that y does not overwrite.
    boolean vectors = VectorSupport.AVAILABLE && x != y && count >= VectorLanes.FLOAT_LANES;
    int done = vectors ? VectorLanes.sigmoid(x, y, count) : 0;
    for (int i = 0; i < count; i++) {
      if (i >= done || Math.abs(x[i]) < VectorLanes.SIGMOID_EXACT_FROM) {
        y[i] = (float) sigmoid(x[i]);
      }
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

  // f'(x) in terms of y = f(x).
  private static double slope(double y) {
    return y * (1.0 - y);
  }

  // The two branches keep e^t from overflowing: t is never positive.
  private static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }
}
