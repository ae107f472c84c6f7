package org.nnlab.examples.swish;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * Swish (also called SiLU), f(x) = x * sigmoid(x), with f'(x) = s + x s (1 - s) where
 * s = sigmoid(x).
 *
 * <p>Smooth and not monotonic: it dips to about -0.278 near x = -1.28, then follows x for large x
 * and 0 for very negative x. Its derivative exceeds 1 slightly (about 1.1 near x = 2.4).
 *
 * <p>One class is both the provider (name, version, factory) and the activation, which holds no
 * state and is shared. The bulk methods {@code applyAll} and {@code derivativeAll} keep their
 * default bodies, which loop over the two methods below.
 */
@AutoService(ActivationProvider.class)
public final class Swish implements Activation, ActivationProvider {

  @Override
  public String name() {
    return "swish";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "x * sigmoid(x); smooth, dips to -0.28 near x = -1.28";
  }

  @Override
  public Activation create(PluginOptions options) {
    return this;
  }

  @Override
  public double apply(double x) {
    return x * sigmoid(x);
  }

  @Override
  public double derivative(double x, double y) {
    double s = sigmoid(x);
    return s + x * s * (1.0 - s);
  }

  // The two branches keep e^t from overflowing: t is never positive.
  private static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }
}
