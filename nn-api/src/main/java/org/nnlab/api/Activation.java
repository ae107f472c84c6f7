package org.nnlab.api;

/**
 * An element-wise activation function y = f(x) and its derivative.
 *
 * <p>A plugin author implements {@link #apply} and {@link #derivative}; nothing else is required.
 * The engine calls the bulk methods {@link #applyAll} and {@link #derivativeAll} in its hot loops;
 * their default bodies loop over the scalar methods and are always correct. Built-in activations
 * override them with tight loops, and a plugin may do the same when speed matters.
 *
 * <p>A {@code float32} run calls the {@code float[]} overloads of the bulk methods (since 2.3).
 * Their default bodies widen each input to {@code double}, call the scalar methods and round the
 * result to the nearest float, so an activation written with the scalar methods alone works in
 * both precisions.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>For every finite x, {@code apply(x)} and {@code derivative(x, apply(x))} are finite.
 *   <li>{@code derivative} is the exact derivative of {@code apply} wherever it exists; at a kink,
 *       state the convention in the Javadoc (ReLU uses f'(0) = 0).
 *   <li>Instances hold no mutable state and are safe to share between threads.
 * </ul>
 */
public interface Activation {

  /**
   * Computes y = f(x).
   *
   * @param x the pre-activation value z of one unit
   * @return f(x)
   */
  double apply(double x);

  /**
   * Computes f'(x), given both x and y = f(x), so that functions such as the sigmoid, whose
   * derivative y (1 - y) is cheapest in terms of y, can use it.
   *
   * @param x the pre-activation value
   * @param y {@code apply(x)}, already computed by the engine
   * @return df/dx at x
   */
  double derivative(double x, double y);

  /**
   * Computes {@code y[i] = apply(x[i])} for {@code i < count}.
   *
   * <p>{@code x} and {@code y} are distinct arrays; entries at or beyond {@code count} must not be
   * read or written.
   *
   * @param x the inputs, read only
   * @param y receives the outputs
   * @param count how many leading entries to process
   */
  default void applyAll(double[] x, double[] y, int count) {
    for (int i = 0; i < count; i++) {
      y[i] = apply(x[i]);
    }
  }

  /**
   * Computes {@code dydx[i] = derivative(x[i], y[i])} for {@code i < count}.
   *
   * <p>{@code dydx} is distinct from {@code x} and {@code y}; entries at or beyond {@code count}
   * must not be read or written.
   *
   * @param x the inputs, read only
   * @param y the outputs {@code apply(x[i])}, read only
   * @param dydx receives the derivatives
   * @param count how many leading entries to process
   */
  default void derivativeAll(double[] x, double[] y, double[] dydx, int count) {
    for (int i = 0; i < count; i++) {
      dydx[i] = derivative(x[i], y[i]);
    }
  }

  /**
   * Computes {@code y[i] = apply(x[i])} for {@code i < count} in a {@code float32} run, each
   * result rounded to the nearest float.
   *
   * <p>The same rules as {@link #applyAll(double[], double[], int)}.
   *
   * @param x the inputs, read only
   * @param y receives the outputs
   * @param count how many leading entries to process
   * @since 2.3
   */
  default void applyAll(float[] x, float[] y, int count) {
    for (int i = 0; i < count; i++) {
      y[i] = (float) apply(x[i]);
    }
  }

  /**
   * Computes {@code dydx[i] = derivative(x[i], y[i])} for {@code i < count} in a {@code float32}
   * run, each result rounded to the nearest float.
   *
   * <p>The same rules as {@link #derivativeAll(double[], double[], double[], int)}.
   *
   * @param x the inputs, read only
   * @param y the outputs {@code apply(x[i])}, read only
   * @param dydx receives the derivatives
   * @param count how many leading entries to process
   * @since 2.3
   */
  default void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
    for (int i = 0; i < count; i++) {
      dydx[i] = (float) derivative(x[i], y[i]);
    }
  }
}
