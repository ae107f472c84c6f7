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

  @Override
  public void applyAll(double[] x, double[] y, int count) {
    for (int i = 0; i < count; i++) {
      y[i] = f(x[i]);
    }
  }

  @Override
  public void applyAll(float[] x, float[] y, int count) {
    for (int i = 0; i < count; i++) {
      y[i] = (float) f(x[i]);
    }
  }

  @Override
  public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
    for (int i = 0; i < count; i++) {
      dydx[i] = df(x[i]);
    }
  }

  @Override
  public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
    for (int i = 0; i < count; i++) {
      dydx[i] = (float) df(x[i]);
    }
  }

  private static double f(double x) {
    return x > 0 ? x : 0.0;
  }

  private static double df(double x) {
    return x > 0 ? 1.0 : 0.0;
  }
}
