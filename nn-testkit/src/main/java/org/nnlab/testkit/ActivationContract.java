package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.PluginOptions;

/**
 * The checks every {@link Activation} must pass. Extend it and return your provider:
 *
 * <pre>{@code
 * class SwishTest extends ActivationContract {
 *   @Override
 *   protected ActivationProvider provider() {
 *     return new Swish();
 *   }
 * }
 * }</pre>
 *
 * <p>Override {@link #options()} when your activation needs options, and {@link #inputs()} to
 * change the points at which it is checked.
 *
 * <p>The {@code float[]} bulk methods a {@code float32} run calls are checked too, at each point
 * of {@link #inputs()} rounded to float: their results must agree with the scalar methods' results
 * rounded to float, {@code (float) apply(x)} and {@code (float) derivative(x, y)}, within 1e-6
 * relative. That is the looser of 1e-6 relative and 2 ulps for every normal float (1e-6 is at
 * least 8 ulps), so a plugin may compute its float path in float arithmetic where nothing
 * cancels; where a formula cancels, such as near a zero of f', it should compute in double and
 * round the result. Results that differ by less than {@link Float#MIN_NORMAL} (about 1.2e-38) also
 * agree, so a result in float's subnormal range, which holds fewer digits, may be off there. An
 * activation that keeps the interface's default float bulk methods passes these checks: the
 * defaults call the scalar methods and round.
 */
public abstract class ActivationContract extends PluginContract<ActivationProvider> {
  private static final double STEP = 1e-6;
  private static final double TOLERANCE = 1e-6;
  private static final double FLOAT_TOLERANCE = 1e-6;

  private Activation activation;

  /**
   * The options the activation is created with.
   *
   * @return empty options unless overridden
   */
  protected PluginOptions options() {
    return TestOptions.empty();
  }

  /**
   * The points at which derivatives and finiteness are checked: a dense grid on [−8, 8] and large
   * magnitudes up to ±1e6, where naive implementations overflow.
   *
   * @return the inputs
   */
  protected double[] inputs() {
    List<Double> points = new ArrayList<>();
    for (int i = -800; i <= 800; i += 7) {
      points.add(i / 100.0);
    }
    for (double big : new double[] {15, 30, 50, 100, 500, 710, 750, 1e4, 1e6}) {
      points.add(big);
      points.add(-big);
    }
    return points.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Creates the contract. */
  protected ActivationContract() {
    super(ActivationProvider.class);
  }

  @Override
  final void create(PluginOptions options) {
    provider().create(options);
  }

  @BeforeEach
  final void createActivation() {
    activation = provider().create(options());
    assertNotNull(activation, "create() returned null");
  }

  @Test
  final void derivativeAgreesWithCentralFiniteDifferences() {
    double[] inputs = inputs();
    int checked = 0;
    for (double x : inputs) {
      if (!isDifferentiableAt(x)) {
        continue;
      }
      checked++;
      double h = step(x);
      double exact = activation.derivative(x, activation.apply(x));
      double estimate = FiniteDifferences.derivative(activation::apply, x, h);
      // Rounding in f itself limits how well the difference quotient can agree.
      double noise =
          1e-13 * (Math.abs(activation.apply(x + h)) + Math.abs(activation.apply(x - h))) / h;
      double allowed = TOLERANCE * Math.max(Math.abs(exact), Math.abs(estimate)) + noise;
      if (!(Math.abs(exact - estimate) <= allowed)) {
        fail("f'(" + x + ") = " + exact + " but central finite differences give " + estimate);
      }
    }
    // Kinks and overflow are skipped above; a function that is nearly all kinks is not checked.
    assertTrue(2 * checked >= inputs.length, "the derivative could be checked at only " + checked
        + " of " + inputs.length + " inputs: f has kinks or non-finite values almost everywhere");
  }

  @Test
  final void outputsAndDerivativesAreFiniteForFiniteInputs() {
    for (double x : inputs()) {
      double y = activation.apply(x);
      double dy = activation.derivative(x, y);
      assertTrue(Double.isFinite(y), "f(" + x + ") = " + y);
      assertTrue(Double.isFinite(dy), "f'(" + x + ") = " + dy);
    }
  }

  @Test
  final void bulkMethodsAgreeWithScalarMethods() {
    double[] x = inputs();
    double[] expectedY = new double[x.length];
    double[] expectedDy = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      expectedY[i] = activation.apply(x[i]);
      expectedDy[i] = activation.derivative(x[i], expectedY[i]);
    }
    double[] y = new double[x.length];
    double[] dy = new double[x.length];
    activation.applyAll(x, y, x.length);
    activation.derivativeAll(x, y, dy, x.length);
    assertArrayEquals(expectedY, y, 1e-12, "applyAll disagrees with apply");
    assertArrayEquals(expectedDy, dy, 1e-12, "derivativeAll disagrees with derivative");
  }

  @Test
  final void bulkMethodsLeaveEntriesBeyondCountAlone() {
    double[] x = {0.5, -0.5, 1.5, 2.5};
    double[] y = {7, 7, 7, 7};
    double[] dy = {9, 9, 9, 9};
    activation.applyAll(x, y, 2);
    activation.derivativeAll(x, y, dy, 2);
    assertArrayEquals(new double[] {7, 7}, new double[] {y[2], y[3]}, "applyAll wrote past count");
    assertArrayEquals(
        new double[] {9, 9}, new double[] {dy[2], dy[3]}, "derivativeAll wrote past count");
  }

  /**
   * The {@code float[]} overloads of {@code applyAll} and {@code derivativeAll} agree with {@code
   * (float) apply(x)} and {@code (float) derivative(x, y)} at every point of {@link #inputs()}
   * rounded to float, within 1e-6 relative or {@link Float#MIN_NORMAL} absolute, whichever is
   * looser (see the class description). {@code derivativeAll} is given the scalar outputs rounded
   * to float as its {@code y}, as a {@code float32} run holds only those.
   */
  @Test
  final void floatBulkMethodsAgreeWithScalarMethodsRoundedToFloat() {
    double[] inputs = inputs();
    int count = inputs.length;
    float[] x = new float[count];
    float[] expectedY = new float[count];
    float[] expectedDy = new float[count];
    for (int i = 0; i < count; i++) {
      x[i] = (float) inputs[i];
      expectedY[i] = (float) activation.apply(x[i]);
      expectedDy[i] = (float) activation.derivative(x[i], expectedY[i]);
    }
    float[] y = new float[count];
    float[] dy = new float[count];
    activation.applyAll(x, y, count);
    activation.derivativeAll(x, expectedY, dy, count);
    for (int i = 0; i < count; i++) {
      assertFloatAgrees("applyAll(float[]) disagrees with apply rounded to float: f(", x[i],
          expectedY[i], y[i]);
    }
    for (int i = 0; i < count; i++) {
      assertFloatAgrees("derivativeAll(float[]) disagrees with derivative rounded to float: f'(",
          x[i], expectedDy[i], dy[i]);
    }
  }

  /**
   * The {@code float[]} overloads of {@code applyAll} and {@code derivativeAll} write no entry at
   * or beyond {@code count}.
   */
  @Test
  final void floatBulkMethodsLeaveEntriesBeyondCountAlone() {
    float[] x = {0.5f, -0.5f, 1.5f, 2.5f};
    float[] y = {7, 7, 7, 7};
    float[] dy = {9, 9, 9, 9};
    activation.applyAll(x, y, 2);
    activation.derivativeAll(x, y, dy, 2);
    assertArrayEquals(
        new float[] {7, 7}, new float[] {y[2], y[3]}, "applyAll(float[]) wrote past count");
    assertArrayEquals(
        new float[] {9, 9}, new float[] {dy[2], dy[3]}, "derivativeAll(float[]) wrote past count");
  }

  @Test
  final void activationAndProviderHoldNoMutableFields() {
    ProviderChecks.holdsNoMutableFields(provider(), "an activation provider");
    ProviderChecks.holdsNoMutableFields(activation, "an activation");
  }

  @Test
  final void instanceIsSafeToShareBetweenThreads() throws Exception {
    int threads = 8;
    double[][] inputs = new double[threads][];
    double[][] expectedY = new double[threads][];
    double[][] expectedDy = new double[threads][];
    double[][] expectedScalarDy = new double[threads][];
    for (int t = 0; t < threads; t++) {
      // Each thread gets its own order of the inputs, so that state shared between calls shows.
      inputs[t] = rotated(inputs(), t * 13);
      expectedY[t] = new double[inputs[t].length];
      expectedDy[t] = new double[inputs[t].length];
      activation.applyAll(inputs[t], expectedY[t], inputs[t].length);
      activation.derivativeAll(inputs[t], expectedY[t], expectedDy[t], inputs[t].length);
      expectedScalarDy[t] = new double[inputs[t].length];
      for (int i = 0; i < inputs[t].length; i++) {
        double x = inputs[t][i];
        expectedScalarDy[t][i] = activation.derivative(x, activation.apply(x));
      }
    }
    AtomicInteger next = new AtomicInteger();
    List<Integer> mismatches = Shared.onThreads(threads, () -> {
      int t = next.getAndIncrement();
      double[] x = inputs[t];
      double[] y = new double[x.length];
      double[] dy = new double[x.length];
      int wrong = 0;
      for (int repeat = 0; repeat < 200; repeat++) {
        activation.applyAll(x, y, x.length);
        activation.derivativeAll(x, y, dy, x.length);
        for (int i = 0; i < x.length; i++) {
          double scalarY = activation.apply(x[i]);
          double scalarDy = activation.derivative(x[i], scalarY);
          if (!same(y[i], expectedY[t][i]) || !same(dy[i], expectedDy[t][i])
              || !same(scalarDy, expectedScalarDy[t][i])) {
            wrong++;
          }
        }
      }
      return wrong;
    });
    for (int wrong : mismatches) {
      assertEquals(0, wrong, "results differ when threads share the activation");
    }
  }

  private static double[] rotated(double[] values, int by) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[(i + by) % values.length];
    }
    return out;
  }

  private static void assertFloatAgrees(String what, float x, float expected, float actual) {
    double allowed = Math.max(FLOAT_TOLERANCE * Math.abs(expected), Float.MIN_NORMAL);
    // Float.compare equates NaNs: a NaN the scalar method gives too is the finiteness check's.
    if (Float.compare(actual, expected) == 0 || Math.abs((double) actual - expected) <= allowed) {
      return;
    }
    fail(what + x + ") = " + actual + " but should be within " + (float) allowed + " of "
        + expected);
  }

  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  // A kink (ReLU at 0) has different one-sided slopes; its derivative is a convention, not a limit.
  private boolean isDifferentiableAt(double x) {
    double h = step(x);
    double y = activation.apply(x);
    double right = (activation.apply(x + h) - y) / h;
    double left = (y - activation.apply(x - h)) / h;
    return FiniteDifferences.relativeError(right, left, 1e-3) < 1e-3;
  }

  private static double step(double x) {
    return STEP * Math.max(1.0, Math.abs(x));
  }
}
