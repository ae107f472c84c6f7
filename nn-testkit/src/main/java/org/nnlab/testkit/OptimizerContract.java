package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The checks every {@link Optimizer} must pass: steps on a convex quadratic lower it, state is
 * kept per parameter and in the {@link OptimizerState} alone (a run resumed from a copy of it
 * continues exactly), the step context's learning rate is the one used, gradients are left
 * alone, updates are deterministic, ServiceLoader registration, and thread safety of the shared
 * instance.
 *
 * <p>The quadratic is f(w) = ½ Σ a_i (w_i − c_i)² with curvatures a_i in [0.5, 2].
 */
public abstract class OptimizerContract extends PluginContract<OptimizerProvider> {
  private static final int SIZE = 12;

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
    Quadratic f = new Quadratic(new Random(26));
    Parameter w = f.start(new Random(27));
    f.gradient(w);
    double[] gradients = w.gradients().clone();
    OptimizerState state = new OptimizerState(optimizer.stateArrays(), w.size());
    optimizer.step(List.of(w), state, TestSteps.withLearningRate(optimizer.learningRate()).next());
    assertArrayEquals(gradients, w.gradients(), 0.0, "step changed the gradients");
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
    Quadratic f = new Quadratic(new Random(32));
    Parameter w = f.start(new Random(33));
    Run run = new Run(optimizer, List.of(w));
    for (int i = 0; i < 7; i++) {
      run.step(f);
    }
    Parameter copy = f.start(new Random(34));
    System.arraycopy(w.values(), 0, copy.values(), 0, w.size());
    Run resumed = new Run(provider().create(options()), List.of(copy));
    for (int k = 0; k < optimizer.stateArrays(); k++) {
      System.arraycopy(run.state.array(0, k), 0, resumed.state.array(0, k), 0, w.size());
    }
    for (int i = 0; i < 7; i++) {
      resumed.steps.next();
    }
    for (int i = 0; i < 7; i++) {
      run.step(f);
      resumed.step(f);
    }
    assertArrayEquals(w.values(), copy.values(), 0.0, "a run resumed from a copy of the "
        + "optimizer state went elsewhere: the optimizer keeps state outside its OptimizerState");
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

    Run(Optimizer optimizer, List<Parameter> parameters) {
      this.optimizer = optimizer;
      this.parameters = parameters;
      this.state = new OptimizerState(optimizer.stateArrays(),
          parameters.stream().mapToInt(Parameter::size).toArray());
      this.steps = TestSteps.withLearningRate(optimizer.learningRate());
    }

    void step(Quadratic f) {
      parameters.forEach(f::gradient);
      optimizer.step(parameters, state, steps.next());
    }
  }

  private static final class Quadratic {
    private final double[] curvature = new double[SIZE];
    private final double[] centre = new double[SIZE];

    Quadratic(Random random) {
      for (int i = 0; i < SIZE; i++) {
        curvature[i] = 0.5 + 1.5 * random.nextDouble();
        centre[i] = random.nextGaussian();
      }
    }

    Parameter start(Random random) {
      Parameter w = new Parameter("weights", ParameterRole.WEIGHTS, 3, SIZE / 3);
      for (int i = 0; i < SIZE; i++) {
        w.values()[i] = centre[i] + 2 * random.nextGaussian();
      }
      return w;
    }

    double value(Parameter w) {
      double sum = 0;
      for (int i = 0; i < SIZE; i++) {
        double d = w.values()[i] - centre[i];
        sum += 0.5 * curvature[i] * d * d;
      }
      return sum;
    }

    void gradient(Parameter w) {
      for (int i = 0; i < SIZE; i++) {
        w.gradients()[i] = curvature[i] * (w.values()[i] - centre[i]);
      }
    }
  }
}
