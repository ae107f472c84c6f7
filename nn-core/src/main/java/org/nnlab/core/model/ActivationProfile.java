package org.nnlab.core.model;

import org.nnlab.api.Activation;

/**
 * What the gradient statistics need to know about an activation: the peak of |f'|, and the
 * threshold below which |f'(z)| counts a unit as saturated (1% of that peak). The magnitude is
 * what matters: swish has f' &lt; 0 for z &lt; 0 and passes gradient there all the same.
 *
 * <p>The peak is found by evaluating f' on a fine grid over [−20, 20], so a plugin author writes
 * f and f' only. It is 0.25 for the sigmoid, 1 for tanh, ReLU and linear, and 1.0998 for swish.
 */
public record ActivationProfile(double peakDerivative, double saturationThreshold) {
  /** The share of the peak derivative below which a unit counts as saturated. */
  public static final double SATURATION_SHARE = 0.01;

  private static final double RANGE = 20.0;
  private static final int STEPS = 40_000;

  /** Measures an activation. */
  public static ActivationProfile of(Activation activation) {
    double peak = 0;
    for (int i = 0; i <= STEPS; i++) {
      double x = -RANGE + 2 * RANGE * i / STEPS;
      double slope = Math.abs(activation.derivative(x, activation.apply(x)));
      if (Double.isFinite(slope)) {
        peak = Math.max(peak, slope);
      }
    }
    return new ActivationProfile(peak, SATURATION_SHARE * peak);
  }
}
