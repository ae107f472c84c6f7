package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;

/**
 * The checks every {@link Optimizer} must pass: steps on a convex quadratic lower it, state is
 * kept per parameter and in the {@link OptimizerState} alone (a run resumed from a copy of it
 * continues exactly), the step context's learning rate is the one used, gradients are left
 * alone, updates are deterministic, ServiceLoader registration, and thread safety of the shared
 * instance; and, for an optimizer that {@link Optimizer#updatesEntriesIndependently updates
 * entries independently}, that {@link Optimizer#stepRange stepRange} over ranges in any order
 * gives the values and state of {@link Optimizer#step step}, bit for bit.
 *
 * <p>An optimizer whose {@link Optimizer#supports supports(Precision.FLOAT32)} is true is also
 * checked in float32: its steps on float parameters and float state agree with its float64 steps
 * to {@value #FLOAT32_TOLERANCE} relative, leave the gradients alone, and keep all their state in
 * the float {@link OptimizerState}. For any other optimizer those checks are skipped, and JUnit
 * reports them as skipped (aborted by an assumption).
 *
 * <p>The quadratic is f(w) = ½ Σ a_i (w_i − c_i)² with curvatures a_i in [0.5, 2].
 */
public abstract class OptimizerContract extends PluginContract<OptimizerProvider> {
  private static final int SIZE = 12;

  /**
   * How far, relative to the float64 value (or absolutely, below 1 in size), a parameter after
   * {@value #FLOAT32_STEPS} float32 steps may be from the same steps in float64; a state entry may
   * be this far, relative to the largest entry its array held in any of the float64 steps.
   */
  public static final double FLOAT32_TOLERANCE = 1e-5;

  /** How many steps {@link #float32StepsAgreeWithFloat64Steps} takes in each precision. */
  public static final int FLOAT32_STEPS = 7;

  private Optimizer optimizer;

  /**
   * The options the optimizer is created with; choose a learning rate that is stable for
   * curvatures up to 2.
   *
   * @return empty options unless overridden
   */
  protected PluginOptions options() {
    return TestOptions.empty();
  }

  /**
   * How many steps {@link #stepsOnAConvexQuadraticLowerIt} takes.
   *
   * @return 200 unless overridden
   */
  protected int steps() {
    return 200;
  }

  /** Creates the contract. */
  protected OptimizerContract() {
    super(OptimizerProvider.class);
  }

  @Override
  final void create(PluginOptions options) {
    provider().create(options);
  }

  @BeforeEach
  final void createOptimizer() {
    optimizer = provider().create(options());
    assertNotNull(optimizer, "create() returned null");
  }

  @Test
  final void optimizerAndProviderHoldNoMutableFields() {
    ProviderChecks.holdsNoMutableFields(provider(), "an optimizer provider");
    ProviderChecks.holdsNoMutableFields(optimizer, "an optimizer");
  }

  @Test
  final void stateArraysIsNotNegative() {
    assertTrue(optimizer.stateArrays() >= 0, "stateArrays() is " + optimizer.stateArrays());
  }

  @Test
  final void learningRateIsPositive() {
    assertTrue(optimizer.learningRate() > 0, "learningRate() is " + optimizer.learningRate());
  }

  @Test
  final void stepsOnAConvexQuadraticLowerIt() {
    Quadratic f = new Quadratic(new Random(21));
    Parameter w = f.start(new Random(22));
    Run run = new Run(optimizer, List.of(w));
    double start = f.value(w);
    run.step(f);
    double afterOne = f.value(w);
    assertTrue(afterOne < start, "one step raised f from " + start + " to " + afterOne);
    for (int i = 1; i < steps(); i++) {
      run.step(f);
    }
    double end = f.value(w);
    assertTrue(end < afterOne, "after " + steps() + " steps f is " + end
        + ", not below its value after one step, " + afterOne);
  }

  @Test
  final void stateIsKeptPerParameter() {
    Quadratic f = new Quadratic(new Random(23));
    Parameter alone = f.start(new Random(24));
    Run aloneRun = new Run(optimizer, List.of(alone));
    Parameter first = f.start(new Random(24));
    Parameter other = f.start(new Random(25));
    Run pairRun = new Run(optimizer, List.of(first, other));
    for (int i = 0; i < 5; i++) {
      aloneRun.step(f);
      pairRun.step(f);
    }
    assertArrayEquals(alone.values(), first.values(), 0.0,
        "updating another parameter in the same step changed this one's trajectory: state is "
            + "shared between parameters");
  }

  @Test
  final void stepLeavesGradientsUnchanged() {
    leavesGradientsUnchanged(Precision.FLOAT64);
  }

  @Test
  final void float32StepLeavesGradientsUnchanged() {
    assumeFloat32();
    leavesGradientsUnchanged(Precision.FLOAT32);
  }

  private void leavesGradientsUnchanged(Precision precision) {
    Quadratic f = new Quadratic(new Random(26));
    Parameter w = f.start(new Random(27), precision);
    Run run = new Run(optimizer, List.of(w));
    f.gradient(w);
    double[] gradients = Run.gradients(w);
    run.stepWithTheseGradients();
    assertArrayEquals(gradients, Run.gradients(w), 0.0,
        precision == Precision.FLOAT32 ? "step changed the float32 gradients"
            : "step changed the gradients");
  }

  @Test
  final void stepUsesTheLearningRateOfTheStepContext() {
    Quadratic f = new Quadratic(new Random(30));
    Parameter full = f.start(new Random(31));
    Parameter slow = f.start(new Random(31));
    double[] start = full.values().clone();
    new Run(optimizer, List.of(full)).step(f);
    Run slowRun = new Run(optimizer, List.of(slow));
    slowRun.steps.learningRate(optimizer.learningRate() / 1000);
    slowRun.step(f);
    double fullChange = distance(start, full.values());
    double slowChange = distance(start, slow.values());
    assertTrue(slowChange < fullChange, "a step with a learning rate 1000 times smaller moved "
        + "the parameter as far (" + slowChange + " against " + fullChange + "): use "
        + "StepContext.learningRate(), which a schedule changes, not the configured rate");
  }

  @Test
  final void resumingFromACopyOfTheStateContinuesExactly() {
    resumesExactly(Precision.FLOAT64);
  }

  @Test
  final void float32ResumingFromACopyOfTheStateContinuesExactly() {
    assumeFloat32();
    resumesExactly(Precision.FLOAT32);
  }

  private void resumesExactly(Precision precision) {
    Quadratic f = new Quadratic(new Random(32));
    Parameter w = f.start(new Random(33), precision);
    Run run = new Run(optimizer, List.of(w));
    for (int i = 0; i < 7; i++) {
      run.step(f);
    }
    Parameter copy = f.start(new Random(34), precision);
    for (int i = 0; i < w.size(); i++) {
      copy.setValue(i, w.value(i));
    }
    Run resumed = new Run(provider().create(options()), List.of(copy));
    for (int k = 0; k < optimizer.stateArrays(); k++) {
      if (precision == Precision.FLOAT32) {
        System.arraycopy(run.state.floatArray(0, k), 0, resumed.state.floatArray(0, k), 0,
            w.size());
      } else {
        System.arraycopy(run.state.array(0, k), 0, resumed.state.array(0, k), 0, w.size());
      }
    }
    for (int i = 0; i < 7; i++) {
      resumed.steps.next();
    }
    for (int i = 0; i < 7; i++) {
      run.step(f);
      resumed.step(f);
    }
    String which = precision == Precision.FLOAT32 ? "a float32 run" : "a run";
    assertArrayEquals(Run.values(w), Run.values(copy), 0.0, which + " resumed from a copy of the "
        + "optimizer state went elsewhere: the optimizer keeps state outside its OptimizerState");
  }

  @Test
  final void float32StepsAgreeWithFloat64Steps() {
    assumeFloat32();
    Quadratic f = new Quadratic(new Random(35)).exactInFloat();
    Parameter doubles = f.start(new Random(36), Precision.FLOAT64);
    Parameter floats = f.start(new Random(36), Precision.FLOAT32);
    Run doubleRun = new Run(optimizer, List.of(doubles));
    Run floatRun = new Run(optimizer, List.of(floats));
    // The size of each state array: its largest entry in any step of the float64 run.
    double[] largest = new double[optimizer.stateArrays()];
    for (int i = 0; i < FLOAT32_STEPS; i++) {
      doubleRun.step(f);
      floatRun.step(f);
      for (int k = 0; k < largest.length; k++) {
        for (double value : doubleRun.state.array(0, k)) {
          largest[k] = Math.max(largest[k], Math.abs(value));
        }
      }
    }
    for (int i = 0; i < SIZE; i++) {
      double expected = doubles.value(i);
      double actual = floats.value(i);
      if (!(Math.abs(actual - expected) <= FLOAT32_TOLERANCE * Math.max(1, Math.abs(expected)))) {
        fail("after " + FLOAT32_STEPS + " steps in float32, weights[" + i + "] is " + actual
            + " where the same steps in float64 give " + expected + ": the float32 path "
            + "computes something else");
      }
    }
    for (int k = 0; k < largest.length; k++) {
      double[] expected = doubleRun.state.array(0, k);
      float[] actual = floatRun.state.floatArray(0, k);
      for (int i = 0; i < SIZE; i++) {
        if (!(Math.abs(actual[i] - expected[i]) <= FLOAT32_TOLERANCE * largest[k])) {
          fail("after " + FLOAT32_STEPS + " steps in float32, state array " + k + " holds "
              + actual[i] + " at " + i + " where the same steps in float64 give " + expected[i]
              + ": the float32 path keeps other state");
        }
      }
    }
  }

  @Test
  final void rangeStepsGiveTheWholeStepsValues() {
    rangeStepsAgree(Precision.FLOAT64);
  }

  @Test
  final void float32RangeStepsGiveTheWholeStepsValues() {
    assumeFloat32();
    rangeStepsAgree(Precision.FLOAT32);
  }

  // Two parameters stepped whole, and the same two stepped in ranges, the later range of the
  // later parameter first: nnlab may run the ranges in any order, on any thread.
  private void rangeStepsAgree(Precision precision) {
    assumeTrue(optimizer.updatesEntriesIndependently(),
        "updatesEntriesIndependently() is false: stepRange is never called");
    Quadratic f = new Quadratic(new Random(37));
    List<Parameter> whole = List.of(f.start(new Random(38), precision),
        f.start(new Random(39), precision));
    List<Parameter> ranged = List.of(f.start(new Random(38), precision),
        f.start(new Random(39), precision));
    Run wholeRun = new Run(optimizer, whole);
    Run rangeRun = new Run(optimizer, ranged);
    for (int i = 0; i < 7; i++) {
      wholeRun.step(f);
      rangeRun.stepInRanges(f, SIZE / 3 + 1);
    }
    for (int p = 0; p < whole.size(); p++) {
      assertArrayEquals(Run.values(whole.get(p)), Run.values(ranged.get(p)), 0.0,
          "stepRange over two ranges of each parameter gave other values than step: "
              + "updatesEntriesIndependently() is true, so they must agree bit for bit");
      for (int k = 0; k < optimizer.stateArrays(); k++) {
        assertArrayEquals(wholeRun.stateArray(p, k), rangeRun.stateArray(p, k), 0.0,
            "stepRange left other values in state array " + k + " than step");
      }
    }
  }

  private void assumeFloat32() {
    assumeTrue(optimizer.supports(Precision.FLOAT32),
        "supports(Precision.FLOAT32) is false: the float32 checks are skipped");
  }

  @Test
  final void instanceIsSafeToShareBetweenThreads() throws Exception {
    Quadratic f = new Quadratic(new Random(28));
    double[] expected = run(f);
    List<double[]> results = Shared.onThreads(8, () -> run(f));
    for (double[] result : results) {
      assertArrayEquals(expected, result, 0.0, "results differ when threads share the optimizer");
    }
  }

  private double[] run(Quadratic f) {
    Parameter w = f.start(new Random(29));
    Run run = new Run(optimizer, List.of(w));
    for (int i = 0; i < 50; i++) {
      run.step(f);
    }
    return w.values().clone();
  }

  private static double distance(double[] a, double[] b) {
    double squares = 0;
    for (int i = 0; i < a.length; i++) {
      squares += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(squares);
  }

  /** Parameters stepped by one optimizer the way the engine does, with their state and steps. */
  private static final class Run {
    private final Optimizer optimizer;
    private final List<Parameter> parameters;
    private final OptimizerState state;
    private final TestSteps steps;

    // The state has the precision of the parameters, which all have the same.
    Run(Optimizer optimizer, List<Parameter> parameters) {
      this.optimizer = optimizer;
      this.parameters = parameters;
      this.state = new OptimizerState(optimizer.stateArrays(), parameters.get(0).precision(),
          parameters.stream().mapToInt(Parameter::size).toArray());
      this.steps = TestSteps.withLearningRate(optimizer.learningRate());
    }

    void step(Quadratic f) {
      parameters.forEach(f::gradient);
      stepWithTheseGradients();
    }

    void stepWithTheseGradients() {
      try {
        optimizer.step(parameters, state, steps.next());
      } catch (IllegalStateException e) {
        if (state.precision() == Precision.FLOAT32) {
          throw new AssertionError("supports(Precision.FLOAT32) is true, but a step on float32 "
              + "parameters and state failed; the float arrays are Parameter.floatValues(), "
              + "floatGradients() and OptimizerState.floatArray(): " + e.getMessage(), e);
        }
        throw e;
      }
    }

    // One step as nnlab takes it when the optimizer updates entries independently: each
    // parameter in two ranges, split at cut, the later parameter and the later range first.
    void stepInRanges(Quadratic f, int cut) {
      parameters.forEach(f::gradient);
      TestSteps context = steps.next();
      for (int p = parameters.size() - 1; p >= 0; p--) {
        Parameter parameter = parameters.get(p);
        optimizer.stepRange(parameter, p, state, context, cut, parameter.size());
        optimizer.stepRange(parameter, p, state, context, 0, cut);
      }
    }

    double[] stateArray(int p, int k) {
      if (state.precision() == Precision.FLOAT64) {
        return state.array(p, k).clone();
      }
      float[] floats = state.floatArray(p, k);
      double[] wide = new double[floats.length];
      for (int i = 0; i < floats.length; i++) {
        wide[i] = floats[i];
      }
      return wide;
    }

    static double[] values(Parameter w) {
      double[] values = new double[w.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = w.value(i);
      }
      return values;
    }

    static double[] gradients(Parameter w) {
      double[] gradients = new double[w.size()];
      for (int i = 0; i < gradients.length; i++) {
        gradients[i] = w.gradient(i);
      }
      return gradients;
    }
  }

  /**
   * The quadratic, computed in double from the parameter's values; its gradient is stored in the
   * parameter's precision. Made {@link #exactInFloat}, its numbers and starting points are floats,
   * so that a float32 and a float64 run start from the same point on the same function.
   */
  private static final class Quadratic {
    private final double[] curvature = new double[SIZE];
    private final double[] centre = new double[SIZE];
    private boolean exactInFloat;

    Quadratic(Random random) {
      for (int i = 0; i < SIZE; i++) {
        curvature[i] = 0.5 + 1.5 * random.nextDouble();
        centre[i] = random.nextGaussian();
      }
    }

    Quadratic exactInFloat() {
      for (int i = 0; i < SIZE; i++) {
        curvature[i] = (float) curvature[i];
        centre[i] = (float) centre[i];
      }
      exactInFloat = true;
      return this;
    }

    Parameter start(Random random) {
      return start(random, Precision.FLOAT64);
    }

    Parameter start(Random random, Precision precision) {
      Parameter w = new Parameter("weights", ParameterRole.WEIGHTS, 3, SIZE / 3, precision);
      for (int i = 0; i < SIZE; i++) {
        double value = centre[i] + 2 * random.nextGaussian();
        w.setValue(i, exactInFloat ? (float) value : value);
      }
      return w;
    }

    double value(Parameter w) {
      double sum = 0;
      for (int i = 0; i < SIZE; i++) {
        double d = w.value(i) - centre[i];
        sum += 0.5 * curvature[i] * d * d;
      }
      return sum;
    }

    void gradient(Parameter w) {
      for (int i = 0; i < SIZE; i++) {
        double gradient = curvature[i] * (w.value(i) - centre[i]);
        if (w.precision() == Precision.FLOAT32) {
          w.floatGradients()[i] = (float) gradient;
        } else {
          w.gradients()[i] = gradient;
        }
      }
    }
  }
}
