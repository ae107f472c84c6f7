package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * Mish (Misra, 2019), as PyTorch's {@code Mish}: f(x) = x tanh(softplus(x)), f'(x) = tanh(s) +
 * x σ(x)(1 − tanh²(s)) with s = softplus(x). Non-monotonic, like swish.
 */
@AutoService(ActivationProvider.class)
public final class Mish implements ActivationProvider {

  @Override
  public String name() {
    return "mish";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x * tanh(softplus(x))";
  }

  @Override
  public Activation create(PluginOptions options) {
    return new Function();
  }

  /** The function with its settings. */
  private static final class Function implements Activation {

    @Override
    public double apply(double x) {
      return f(x);
    }

    @Override
    public double derivative(double x, double y) {
      return df(x, y);
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
        dydx[i] = df(x[i], y[i]);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) df(x[i], y[i]);
      }
    }

    private static double f(double x) {
      return x * Math.tanh(Logistic.softplus(x));
    }

    private static double df(double x, double y) {
      double t = Math.tanh(Logistic.softplus(x));
      return t + x * Logistic.sigmoid(x) * (1 - t * t);
    }
  }
}
