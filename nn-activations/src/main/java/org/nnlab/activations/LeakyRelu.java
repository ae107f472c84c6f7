package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The leaky ReLU, as PyTorch's {@code LeakyReLU}: f(x) = x for x &gt; 0, αx otherwise, with
 * α = {@code negative_slope} (default 0.01); f'(x) = 1 for x &gt; 0, α otherwise (so f'(0) = α,
 * as PyTorch's backward).
 */
@AutoService(ActivationProvider.class)
public final class LeakyRelu implements ActivationProvider {

  @Override
  public String name() {
    return "leaky_relu";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x for x > 0, negative_slope * x otherwise";
  }

  @Override
  public Activation create(PluginOptions options) {
    double slope = options.number("negative_slope", 0.01);
    if (!(slope >= 0)) {
      throw new InvalidOptionException("negative_slope", "a number of at least 0", slope);
    }
    return new Function(slope);
  }

  /** The function with its settings. */
  private static final class Function implements Activation {
    private final double slope;

    Function(double slope) {
      this.slope = slope;
    }

    @Override
    public double apply(double x) {
      return f(x, slope);
    }

    @Override
    public double derivative(double x, double y) {
      return df(x, y, slope);
    }

    @Override
    public void applyAll(double[] x, double[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = f(x[i], slope);
      }
    }

    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = (float) f(x[i], slope);
      }
    }

    @Override
    public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = df(x[i], y[i], slope);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) df(x[i], y[i], slope);
      }
    }

    private static double f(double x, double slope) {
      return x > 0 ? x : slope * x;
    }

    private static double df(double x, double y, double slope) {
      return x > 0 ? 1.0 : slope;
    }
  }
}
