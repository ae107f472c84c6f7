package org.nnlab.testkit;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Central finite differences, the independent oracle every gradient in nnlab is checked against.
 *
 * <p>The central difference (f(x + h) − f(x − h)) / 2h has error O(h²); with h = 1e-6 in float64
 * it agrees with an exact derivative to about 1e-8 relative for smooth functions of moderate size.
 */
public final class FiniteDifferences {
  /** The step used when none is given. */
  public static final double DEFAULT_STEP = 1e-6;

  private FiniteDifferences() {}

  /**
   * Estimates f'(x).
   *
   * @param f the function
   * @param x the point
   * @param h the step, greater than 0
   * @return (f(x + h) − f(x − h)) / 2h
   */
  public static double derivative(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
  }

  /**
   * Estimates the gradient of a scalar function of an array, one entry at a time. Each entry of
   * {@code x} is perturbed in place and restored before the next.
   *
   * @param f the function, evaluated on {@code x} itself
   * @param x the point; unchanged when this method returns
   * @param h the step, greater than 0
   * @return a fresh array with the estimated partial derivatives
   */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
    double[] gradient = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double original = x[i];
      x[i] = original + h;
      double plus = f.applyAsDouble(x);
      x[i] = original - h;
      double minus = f.applyAsDouble(x);
      x[i] = original;
      gradient[i] = (plus - minus) / (2 * h);
    }
    return gradient;
  }

  /**
   * The relative error used by every check in this kit: |a − b| / max(|a| + |b|, floor). The
   * floor keeps tiny values from turning rounding noise into a large relative error.
   *
   * @param a one value
   * @param b the other value
   * @param floor the smallest denominator, for example 1e-8
   * @return the relative difference
   */
  public static double relativeError(double a, double b, double floor) {
    return Math.abs(a - b) / Math.max(Math.abs(a) + Math.abs(b), floor);
  }
}
