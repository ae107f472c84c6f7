package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The hard sigmoid, as PyTorch's {@code Hardsigmoid}: f(x) = 0 for x ≤ −3, 1 for x ≥ 3, x/6 +
 * 1/2 in between; f'(x) = 1/6 strictly between −3 and 3, 0 elsewhere.
 */
@AutoService(ActivationProvider.class)
public final class HardSigmoid implements ActivationProvider {

  @Override
  public String name() {
    return "hard_sigmoid";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "clamp(x / 6 + 1/2, 0, 1)";
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
      return x <= -3 ? 0.0 : x >= 3 ? 1.0 : x / 6 + 0.5;
    }

    private static double df(double x, double y) {
      return x > -3 && x < 3 ? 1.0 / 6 : 0.0;
    }
  }
}
