package org.nnlab.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.OptimizerContract;
import org.nnlab.testkit.TestOptions;
import org.nnlab.testkit.TestSteps;

class SgdWithMomentumTest extends OptimizerContract {
  @Override
  protected OptimizerProvider provider() {
    return new SgdProvider();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("learning_rate", 0.05, "momentum", 0.9);
  }

  @Test
  void momentumFollowsPyTorchVelocityThenStep() {
    // torch.optim.SGD: v = momentum * v + g; w = w - lr * v (dampening 0, no Nesterov).
    Optimizer sgd = new SgdProvider().create(TestOptions.of("learning_rate", 0.1, "momentum", 0.5));
    Parameter w = new Parameter("weights", ParameterRole.WEIGHTS, 1, 2);
    w.values()[0] = 1.0;
    w.values()[1] = -2.0;
    OptimizerState state = new OptimizerState(sgd.stateArrays(), 2);
    TestSteps steps = TestSteps.withLearningRate(sgd.learningRate());
    w.gradients()[0] = 0.4;
    w.gradients()[1] = -1.0;
    sgd.step(List.of(w), state, steps.next());
    assertArrayEquals(new double[] {1.0 - 0.1 * 0.4, -2.0 + 0.1 * 1.0}, w.values(), 1e-15);
    w.gradients()[0] = 0.2;
    w.gradients()[1] = 0.0;
    sgd.step(List.of(w), state, steps.next());
    double v0 = 0.5 * 0.4 + 0.2;
    double v1 = 0.5 * -1.0 + 0.0;
    assertArrayEquals(
        new double[] {1.0 - 0.1 * 0.4 - 0.1 * v0, -2.0 + 0.1 - 0.1 * v1}, w.values(), 1e-15);
  }

  @Test
  void plainSgdNeedsNoState() {
    assertEquals(0, new SgdProvider().create(TestOptions.empty()).stateArrays());
  }

  @Test
  void learningRateMustBePositive() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> new SgdProvider().create(TestOptions.of("learning_rate", -0.1)));
    assertEquals("learning_rate", e.key());
    assertEquals("a positive number", e.expected());
  }

  @Test
  void momentumMustBeBelowOne() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> new SgdProvider().create(TestOptions.of("momentum", 1.0)));
    assertEquals("momentum", e.key());
  }
}
