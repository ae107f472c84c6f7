package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The hard tanh, as PyTorch's {@code Hardtanh}: x clamped to [{@code min_val}, {@code
 * max_val}] (defaults −1, 1); f'(x) = 1 strictly between them, 0 at and beyond them (as PyTorch's
 * backward).
 */
@AutoService(ActivationProvider.class)
public final class HardTanh implements ActivationProvider {

  @Override
  public String name() {
    return "hard_tanh";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x clamped to [min_val, max_val]";
  }

  @Override
  public Activation create(PluginOptions options) {
    double min = options.number("min_val", -1.0);
    double max = options.number("max_val", 1.0);
    if (!(max > min)) {
      throw new InvalidOptionException("max_val", "a number above min_val (" + min + ")", max);
    }
    return new Function(min, max);
  }

  /** The function with its settings. */
  private static final class Function implements Activation {
    private final double min;
    private final double max;

    Function(double min, double max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public double apply(double x) {
      return f(x, min, max);
    }

    @Override
    public double derivative(double x, double y) {
      return df(x, y, min, max);
    }

    @Override
    public void applyAll(double[] x, double[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = f(x[i], min, max);
      }
    }

    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = (float) f(x[i], min, max);
      }
    }

    @Override
    public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = df(x[i], y[i], min, max);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) df(x[i], y[i], min, max);
      }
    }

    private static double f(double x, double min, double max) {
      return x < min ? min : x > max ? max : x;
    }

    private static double df(double x, double y, double min, double max) {
      return x > min && x < max ? 1.0 : 0.0;
    }
  }
}
