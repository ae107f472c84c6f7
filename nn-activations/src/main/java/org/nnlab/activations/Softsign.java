package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The softsign, as PyTorch's {@code Softsign}: f(x) = x / (1 + |x|), f'(x) = 1 / (1 + |x|)²,
 * which decays polynomially rather than exponentially like tanh's.
 */
@AutoService(ActivationProvider.class)
public final class Softsign implements ActivationProvider {

  @Override
  public String name() {
    return "softsign";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x / (1 + |x|)";
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
      return x / (1 + Math.abs(x));
    }

    private static double df(double x, double y) {
      double d = 1 + Math.abs(x);
      return 1 / (d * d);
    }
  }
}
