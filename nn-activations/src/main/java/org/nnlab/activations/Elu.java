package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The exponential linear unit (Clevert et al., 2016), as PyTorch's {@code ELU}: f(x) = x for
 * x &gt; 0, α(eˣ − 1) otherwise, α = {@code alpha} (default 1); f'(x) = 1 for x &gt; 0, αeˣ
 * otherwise.
 */
@AutoService(ActivationProvider.class)
public final class Elu implements ActivationProvider {

  @Override
  public String name() {
    return "elu";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x for x > 0, alpha * (e^x - 1) otherwise";
  }

  @Override
  public Activation create(PluginOptions options) {
    double alpha = options.number("alpha", 1.0);
    if (!(alpha > 0)) {
      throw new InvalidOptionException("alpha", "a positive number", alpha);
    }
    return new Function(alpha);
  }

  /** The function with its settings. */
  private static final class Function implements Activation {
    private final double alpha;

    Function(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public double apply(double x) {
      return f(x, alpha);
    }

    @Override
    public double derivative(double x, double y) {
      return df(x, y, alpha);
    }

    @Override
    public void applyAll(double[] x, double[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = f(x[i], alpha);
      }
    }

    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = (float) f(x[i], alpha);
      }
    }

    @Override
    public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = df(x[i], y[i], alpha);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) df(x[i], y[i], alpha);
      }
    }

    private static double f(double x, double alpha) {
      return x > 0 ? x : alpha * Math.expm1(x);
    }

    private static double df(double x, double y, double alpha) {
      return x > 0 ? 1.0 : alpha * Math.exp(x);
    }
  }
}
