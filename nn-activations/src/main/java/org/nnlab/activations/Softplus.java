package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The softplus, as PyTorch's {@code Softplus}: f(x) = log(1 + e^(βx)) / β, and f(x) = x where
 * βx &gt; {@code threshold} (for numerical stability), β = {@code beta} (default 1), threshold
 * default 20; f'(x) = σ(βx), 1 above the threshold.
 */
@AutoService(ActivationProvider.class)
public final class Softplus implements ActivationProvider {

  @Override
  public String name() {
    return "softplus";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "log(1 + e^(beta x)) / beta, linear above threshold";
  }

  @Override
  public Activation create(PluginOptions options) {
    double beta = options.number("beta", 1.0);
    if (!(beta > 0)) {
      throw new InvalidOptionException("beta", "a positive number", beta);
    }
    double threshold = options.number("threshold", 20.0);
    return new Function(beta, threshold);
  }

  /** The function with its settings. */
  private static final class Function implements Activation {
    private final double beta;
    private final double threshold;

    Function(double beta, double threshold) {
      this.beta = beta;
      this.threshold = threshold;
    }

    @Override
    public double apply(double x) {
      return f(x, beta, threshold);
    }

    @Override
    public double derivative(double x, double y) {
      return df(x, y, beta, threshold);
    }

    @Override
    public void applyAll(double[] x, double[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = f(x[i], beta, threshold);
      }
    }

    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = (float) f(x[i], beta, threshold);
      }
    }

    @Override
    public void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = df(x[i], y[i], beta, threshold);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) df(x[i], y[i], beta, threshold);
      }
    }

    private static double f(double x, double beta, double threshold) {
      return beta * x > threshold ? x : Math.log1p(Math.exp(beta * x)) / beta;
    }

    private static double df(double x, double y, double beta, double threshold) {
      return beta * x > threshold ? 1.0 : Logistic.sigmoid(beta * x);
    }
  }
}
