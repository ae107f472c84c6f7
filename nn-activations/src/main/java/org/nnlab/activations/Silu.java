package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The sigmoid linear unit, also called swish, as PyTorch's {@code SiLU}: f(x) = x σ(x), f'(x) =
 * σ(x)(1 + x(1 − σ(x))). Non-monotonic: f' is negative for x below about −1.28.
 */
@AutoService(ActivationProvider.class)
public final class Silu implements ActivationProvider {

  @Override
  public String name() {
    return "silu";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x * sigmoid(x) (swish)";
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
      return x * Logistic.sigmoid(x);
    }

    private static double df(double x, double y) {
      double s = Logistic.sigmoid(x);
      return s * (1 + x * (1 - s));
    }
  }
}
