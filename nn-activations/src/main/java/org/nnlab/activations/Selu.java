package org.nnlab.activations;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The scaled exponential linear unit (Klambauer et al., 2017), as PyTorch's {@code SELU}: f(x)
 * = λx for x &gt; 0, λα(eˣ − 1) otherwise, with λ ≈ 1.0507 and α ≈ 1.6733, which keep activations
 * near zero mean and unit variance with {@code lecun_normal} weights; f'(x) = λ for x &gt; 0,
 * λαeˣ otherwise.
 */
@AutoService(ActivationProvider.class)
public final class Selu implements ActivationProvider {

  @Override
  public String name() {
    return "selu";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "self-normalising: scale * elu(x, alpha), fixed constants";
  }

  @Override
  public Activation create(PluginOptions options) {
    return new Function();
  }

  /** The function with its settings. */
  private static final class Function implements Activation {
    private static final double ALPHA = 1.6732632423543772848170429916717;
    private static final double SCALE = 1.0507009873554804934193349852946;


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
      return x > 0 ? SCALE * x : SCALE * ALPHA * Math.expm1(x);
    }

    private static double df(double x, double y) {
      return x > 0 ? SCALE : SCALE * ALPHA * Math.exp(x);
    }
  }
}
