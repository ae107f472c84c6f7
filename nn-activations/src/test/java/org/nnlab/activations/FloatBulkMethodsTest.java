package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.TestOptions;

/**
 * Every built-in activation has its own {@code float[]} bulk methods, and they compute exactly
 * what its {@code double[]} bulk methods compute, rounded to float: bit for bit, at kinks,
 * thresholds, large magnitudes and subnormals too.
 */
class FloatBulkMethodsTest {

  /** An activation as the engine gets it: from its registered provider, with options. */
  record Case(String label, Activation activation) {
    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * Every registered activation with its default options, and again with each non-default option
   * that takes another branch of its code.
   */
  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (ActivationProvider provider : ServiceLoader.load(ActivationProvider.class)) {
      cases.add(new Case(provider.name(), provider.create(TestOptions.empty())));
    }
    cases.add(new Case("gelu approximate tanh",
        new Gelu().create(TestOptions.of("approximate", "tanh"))));
    cases.add(new Case("leaky_relu 0.2",
        new LeakyRelu().create(TestOptions.of("negative_slope", 0.2))));
    cases.add(new Case("elu alpha 0.5", new Elu().create(TestOptions.of("alpha", 0.5))));
    cases.add(new Case("softplus beta 2 threshold 10",
        new Softplus().create(TestOptions.of("beta", 2.0, "threshold", 10.0))));
    cases.add(new Case("hard_tanh -2 0.5",
        new HardTanh().create(TestOptions.of("min_val", -2.0, "max_val", 0.5))));
    return cases.stream();
  }

  @Test
  void everyBuiltInIsAmongTheCases() {
    assertEquals(19, cases().count(), "14 built-ins and 5 option variants");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void overridesBothFloatBulkMethodsRatherThanUsingTheDefaults(Case c) throws Exception {
    Class<?> type = c.activation().getClass();
    assertNotEquals(Activation.class,
        type.getMethod("applyAll", float[].class, float[].class, int.class).getDeclaringClass(),
        c + " uses the default applyAll(float[]), a virtual call per element");
    assertNotEquals(Activation.class, type.getMethod("derivativeAll", float[].class,
        float[].class, float[].class, int.class).getDeclaringClass(),
        c + " uses the default derivativeAll(float[]), a virtual call per element");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void floatApplyAllIsTheDoubleApplyAllRoundedToFloat(Case c) {
    Activation activation = c.activation();
    float[] x = inputs();
    float[] y = new float[x.length];
    activation.applyAll(x, y, x.length);

    double[] wide = widen(x);
    double[] expected = new double[x.length];
    activation.applyAll(wide, expected, x.length);
    for (int i = 0; i < x.length; i++) {
      assertBitsEqual((float) expected[i], y[i], c + " f(" + x[i] + ")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void floatDerivativeAllIsTheDoubleDerivativeAllRoundedToFloat(Case c) {
    Activation activation = c.activation();
    float[] x = inputs();
    float[] y = new float[x.length];
    activation.applyAll(x, y, x.length);
    float[] dydx = new float[x.length];
    activation.derivativeAll(x, y, dydx, x.length);

    // The double path is given the same float y, widened, as a float32 run holds only that.
    double[] expected = new double[x.length];
    activation.derivativeAll(widen(x), widen(y), expected, x.length);
    for (int i = 0; i < x.length; i++) {
      assertBitsEqual((float) expected[i], dydx[i], c + " f'(" + x[i] + ")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void floatBulkMethodsAgreeWithTheScalarMethodsRoundedToFloat(Case c) {
    Activation activation = c.activation();
    float[] x = inputs();
    float[] y = new float[x.length];
    float[] dydx = new float[x.length];
    activation.applyAll(x, y, x.length);
    activation.derivativeAll(x, y, dydx, x.length);
    for (int i = 0; i < x.length; i++) {
      assertBitsEqual((float) activation.apply(x[i]), y[i], c + " f(" + x[i] + ")");
      assertBitsEqual((float) activation.derivative(x[i], y[i]), dydx[i],
          c + " f'(" + x[i] + ")");
    }
  }

  @Test
  void theInputsReachTheKinksAndTheExtremesOfFloat() {
    float[] x = inputs();
    List<Float> values = new ArrayList<>();
    for (float v : x) {
      values.add(v);
    }
    for (float v : new float[] {0f, -0f, -3f, 3f, -2f, 0.5f, 20f, 10f, Float.MIN_VALUE,
        Float.MAX_VALUE, -Float.MAX_VALUE}) {
      assertTrue(values.contains(v), "inputs lack " + v);
    }
  }

  // Kinks and branch points of every built-in (0, ±1, ±3, −2, 0.5, the softplus thresholds 20
  // and 5 = 10 / beta 2), their float neighbours, large and subnormal magnitudes, and a seeded
  // random spread over [−12, 12].
  private static float[] inputs() {
    List<Float> points = new ArrayList<>();
    float[] special = {0f, -0f, 1f, -1f, 3f, -3f, -2f, 0.5f, 20f, 10f, 5f, 1e-3f, -1e-3f};
    for (float s : special) {
      points.add(s);
      points.add(Math.nextUp(s));
      points.add(Math.nextDown(s));
    }
    for (float big : new float[] {15, 30, 50, 88, 89, 100, 500, 710, 750, 1e4f, 1e6f, 1e20f,
        1e30f, Float.MAX_VALUE}) {
      points.add(big);
      points.add(-big);
    }
    for (float tiny : new float[] {Float.MIN_VALUE, Float.MIN_NORMAL, 1e-30f, 1e-10f}) {
      points.add(tiny);
      points.add(-tiny);
    }
    Random random = new Random(2026);
    for (int i = 0; i < 2000; i++) {
      points.add((float) (24 * random.nextDouble() - 12));
    }
    float[] x = new float[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i);
    }
    return x;
  }

  private static double[] widen(float[] values) {
    double[] wide = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      wide[i] = values[i];
    }
    return wide;
  }

  private static void assertBitsEqual(float expected, float actual, String what) {
    assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
        () -> what + ": expected " + expected + " but the float path gave " + actual);
  }
}
