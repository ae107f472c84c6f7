package org.nnlab.optimizers;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;
import org.nnlab.testkit.TestOptions;
import org.nnlab.testkit.TestSteps;

/**
 * Every built-in optimizer, in each setting {@link TorchOptimizersTest} checks against PyTorch,
 * supports float32, and its float32 steps track its float64 steps: on f(w) = ½ Σ a (w − c)² for a
 * weight matrix and a bias vector, from the same start (all numbers exact in float), the values
 * after 7 and after 100 steps agree to 1e-5 relative (absolute below 1), and each state entry to
 * 1e-5 of the largest entry its array held so far.
 */
class Float32StepsTest {
  private static final double TOLERANCE = 1e-5;
  private static final float[][] START = {{0.5f, -1.25f, 2.0f, 0.375f, -0.75f, 1.125f},
      {0.25f, -0.5f, 1.5f}};
  private static final float[][] CURVATURE = {{0.5f, 1.0f, 1.5f, 2.0f, 0.75f, 1.25f},
      {1.0f, 0.625f, 1.75f}};
  private static final float[][] CENTRE = {{1.0f, 0.0f, -1.0f, 0.5f, 0.2f, -0.3f},
      {0.0f, 1.0f, -0.5f}};

  static List<TorchOptimizersTest.Case> cases() {
    return TorchOptimizersTest.cases().toList();
  }

  private static Optimizer create(TorchOptimizersTest.Case c) {
    Object[] pairs = new Object[2 * c.options().size()];
    int i = 0;
    for (Map.Entry<String, Object> e : c.options().entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return c.provider().create(TestOptions.of(pairs));
  }

  /** The parameters and state of one run, stepped on the quadratic. */
  private static final class Run {
    final List<Parameter> parameters;
    final OptimizerState state;
    final Optimizer optimizer;
    final TestSteps steps;

    Run(Optimizer optimizer, Precision precision) {
      this.optimizer = optimizer;
      this.parameters = List.of(
          new Parameter("weights", ParameterRole.WEIGHTS, 2, 3, precision),
          new Parameter("biases", ParameterRole.BIASES, 1, 3, precision));
      for (int p = 0; p < START.length; p++) {
        for (int k = 0; k < START[p].length; k++) {
          parameters.get(p).setValue(k, START[p][k]);
        }
      }
      this.state = new OptimizerState(optimizer.stateArrays(), precision, 6, 3);
      this.steps = TestSteps.withLearningRate(optimizer.learningRate());
    }

    void step() {
      for (int p = 0; p < START.length; p++) {
        Parameter parameter = parameters.get(p);
        for (int k = 0; k < parameter.size(); k++) {
          double gradient = CURVATURE[p][k] * (parameter.value(k) - CENTRE[p][k]);
          if (parameter.precision() == Precision.FLOAT32) {
            parameter.floatGradients()[k] = (float) gradient;
          } else {
            parameter.gradients()[k] = gradient;
          }
        }
      }
      optimizer.step(parameters, state, steps.next());
    }

    double state(int p, int k, int i) {
      return state.precision() == Precision.FLOAT32 ? state.floatArray(p, k)[i]
          : state.array(p, k)[i];
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void supportsBothPrecisions(TorchOptimizersTest.Case c) {
    Optimizer optimizer = create(c);
    assertTrue(optimizer.supports(Precision.FLOAT64), c + " refuses float64");
    assertTrue(optimizer.supports(Precision.FLOAT32), c + " refuses float32");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void float32StepsTrackFloat64Steps(TorchOptimizersTest.Case c) {
    Optimizer optimizer = create(c);
    Run doubles = new Run(optimizer, Precision.FLOAT64);
    Run floats = new Run(optimizer, Precision.FLOAT32);
    // The size of each state array: its largest entry in any step of the float64 run so far.
    double[][] largest = new double[START.length][optimizer.stateArrays()];
    for (int s = 1; s <= 100; s++) {
      doubles.step();
      floats.step();
      for (int p = 0; p < START.length; p++) {
        for (int k = 0; k < optimizer.stateArrays(); k++) {
          for (int i = 0; i < START[p].length; i++) {
            largest[p][k] = Math.max(largest[p][k], Math.abs(doubles.state(p, k, i)));
          }
        }
      }
      if (s == 7 || s == 100) {
        assertAgree(c, s, doubles, floats, largest);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aFloat32StepChangesTheFloatArraysOnly(TorchOptimizersTest.Case c) {
    Run floats = new Run(create(c), Precision.FLOAT32);
    floats.step();
    for (int p = 0; p < START.length; p++) {
      Parameter parameter = floats.parameters.get(p);
      for (int k = 0; k < parameter.size(); k++) {
        assertTrue(parameter.value(k) != START[p][k], c + ": " + parameter + "[" + k
            + "] did not move in a float32 step");
      }
      assertThrows(IllegalStateException.class, parameter::values);
    }
  }

  private static void assertAgree(TorchOptimizersTest.Case c, int step, Run doubles,
      Run floats, double[][] largest) {
    for (int p = 0; p < START.length; p++) {
      Parameter expected = doubles.parameters.get(p);
      Parameter actual = floats.parameters.get(p);
      for (int i = 0; i < expected.size(); i++) {
        double scale = Math.max(1, Math.abs(expected.value(i)));
        assertTrue(Math.abs(actual.value(i) - expected.value(i)) <= TOLERANCE * scale,
            c + " after " + step + " steps: float32 " + actual + "[" + i + "] is "
                + actual.value(i) + ", float64 gives " + expected.value(i));
      }
      for (int k = 0; k < doubles.optimizer.stateArrays(); k++) {
        for (int i = 0; i < expected.size(); i++) {
          assertTrue(Math.abs(floats.state(p, k, i) - doubles.state(p, k, i))
              <= TOLERANCE * largest[p][k], c + " after " + step + " steps: float32 state " + k
              + " of " + actual + "[" + i + "] is " + floats.state(p, k, i) + ", float64 gives "
              + doubles.state(p, k, i));
        }
      }
    }
  }
}
