package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.apache.commons.numbers.gamma.Erfc;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The Gaussian error linear unit (Hendrycks and Gimpel, 2016), as PyTorch's {@code GELU}: f(x) =
 * x Φ(x), Φ the standard normal distribution, f'(x) = Φ(x) + x φ(x). With {@code approximate:
 * tanh}, f(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³))), as PyTorch's {@code approximate='tanh'}.
 *
 * <p>Φ(x) is computed as ½ erfc(−x/√2), and ½(1 + tanh(u)) as σ(2u), which keep their accuracy
 * where they are tiny (PyTorch's 1 + erf and 1 + tanh round them to 0 or lose digits there).
 * Non-monotonic: f' is negative for x below about −0.75.
 */
@AutoService(ActivationProvider.class)
public final class Gelu implements ActivationProvider {
  private static final double SQRT_HALF = Math.sqrt(0.5);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
  private static final double CUBIC = 0.044715;

  @Override
  public String name() {
    return "gelu";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x * Phi(x), the normal distribution; approximate: tanh for the tanh form";
  }

  @Override
  public Activation create(PluginOptions options) {
    String approximate = options.text("approximate", "none");
    return switch (approximate) {
      case "none" -> new Exact();
      case "tanh" -> new TanhForm();
      default -> throw new InvalidOptionException("approximate", "none or tanh", approximate);
    };
  }

  /** x Φ(x) with Φ from erfc. */
  private static final class Exact implements Activation {
    @Override
    public double apply(double x) {
      return f(x);
    }

    @Override
    public double derivative(double x, double y) {
      return slope(x);
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
        dydx[i] = slope(x[i]);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) slope(x[i]);
      }
    }

    private static double f(double x) {
      return x * phi(x);
    }

    private static double slope(double x) {
      return phi(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    private static double phi(double x) {
      return 0.5 * Erfc.value(-x * SQRT_HALF);
    }
  }

  /** ½x(1 + tanh(u)) = x σ(2u), u = √(2/π)(x + 0.044715x³). */
  private static final class TanhForm implements Activation {
    @Override
    public double apply(double x) {
      return f(x);
    }

    @Override
    public double derivative(double x, double y) {
      return slope(x);
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
        dydx[i] = slope(x[i]);
      }
    }

    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = (float) slope(x[i]);
      }
    }

    private static double f(double x) {
      return x * sigmoid(2 * inner(x));
    }

    private static double inner(double x) {
      return SQRT_2_OVER_PI * (x + CUBIC * x * x * x);
    }

    // d/dx [x σ(2u)] = σ(2u) + 2x σ(2u)(1 − σ(2u)) u'.
    private static double slope(double x) {
      double s = sigmoid(2 * inner(x));
      return s + 2 * x * s * (1 - s) * SQRT_2_OVER_PI * (1 + 3 * CUBIC * x * x);
    }

    private static double sigmoid(double x) {
      return Logistic.sigmoid(x);
    }
  }
}
