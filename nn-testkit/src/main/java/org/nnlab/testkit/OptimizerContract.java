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
 * kept per parameter (in its {@link OptimizerState}, not in the optimizer), gradients are left
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
  final void stepsOnAConvexQuadraticLowerIt() {
    Quadratic f = new Quadratic(new Random(21));
    Parameter w = f.start(new Random(22));
    OptimizerState state = new OptimizerState(optimizer.stateArrays(), SIZE);
    double start = f.value(w);
    step(f, w, state);
    double afterOne = f.value(w);
    assertTrue(afterOne < start, "one step raised f from " + start + " to " + afterOne);
    for (int i = 1; i < steps(); i++) {
      step(f, w, state);
    }
    double end = f.value(w);
    assertTrue(end < afterOne, "after " + steps() + " steps f is " + end
        + ", not below its value after one step, " + afterOne);
  }

  @Test
  final void stateIsKeptPerParameter() {
    Quadratic f = new Quadratic(new Random(23));
    Parameter alone = f.start(new Random(24));
    OptimizerState aloneState = new OptimizerState(optimizer.stateArrays(), SIZE);
    Parameter first = f.start(new Random(24));
    Parameter other = f.start(new Random(25));
    OptimizerState firstState = new OptimizerState(optimizer.stateArrays(), SIZE);
    OptimizerState otherState = new OptimizerState(optimizer.stateArrays(), SIZE);
    for (int i = 0; i < 5; i++) {
      step(f, alone, aloneState);
      step(f, first, firstState);
      step(f, other, otherState);
    }
    assertArrayEquals(alone.values(), first.values(), 0.0,
        "updating another parameter in between changed this one's trajectory: state is shared");
  }

  @Test
  final void updateLeavesGradientsUnchanged() {
    Quadratic f = new Quadratic(new Random(26));
    Parameter w = f.start(new Random(27));
    f.gradient(w);
    double[] gradients = w.gradients().clone();
    OptimizerState state = new OptimizerState(optimizer.stateArrays(), SIZE);
    state.advance();
    optimizer.update(w, state);
    assertArrayEquals(gradients, w.gradients(), 0.0, "update changed the gradients");
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
    OptimizerState state = new OptimizerState(optimizer.stateArrays(), SIZE);
    for (int i = 0; i < 50; i++) {
      step(f, w, state);
    }
    return w.values().clone();
  }

  private void step(Quadratic f, Parameter w, OptimizerState state) {
    f.gradient(w);
    state.advance();
    optimizer.update(w, state);
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
