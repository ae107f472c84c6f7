package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnlab.api.OptimizerProvider;

/** Proves that {@link OptimizerContract} can fail, for the failures it exists to catch. */
class OptimizerContractTest {

  @Test
  void aCorrectOptimizerPassesEveryCheck() {
    ContractRun run = ContractRun.of(CorrectMomentum.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(13, run.started().size(), run.started().toString());
  }

  @Test
  void anOptimizerThatRaisesTheQuadraticFailsTheDescentCheck() {
    ContractRun run = ContractRun.of(AscentTest.class);
    assertEquals(Set.of("stepsOnAConvexQuadraticLowerIt"), run.failed());
    assertTrue(run.message("stepsOnAConvexQuadraticLowerIt").startsWith("one step raised f from "),
        run.message("stepsOnAConvexQuadraticLowerIt"));
  }

  @Test
  void stateSharedBetweenParametersFailsThePerParameterCheck() {
    ContractRun run = ContractRun.of(SharedVelocityTest.class);
    // The velocity a run leaves behind also changes the next run, so the threads disagree, and
    // a fresh instance resumed from the state arrays lacks it.
    assertEquals(Set.of("stateIsKeptPerParameter", "instanceIsSafeToShareBetweenThreads",
        "resumingFromACopyOfTheStateContinuesExactly"), run.failed());
    assertTrue(run.message("stateIsKeptPerParameter").startsWith(
        "updating another parameter in the same step changed this one's trajectory: state is "
            + "shared"), run.message("stateIsKeptPerParameter"));
    assertTrue(run.message("resumingFromACopyOfTheStateContinuesExactly").startsWith(
        "a run resumed from a copy of the optimizer state went elsewhere"),
        run.message("resumingFromACopyOfTheStateContinuesExactly"));
  }

  @Test
  void anOptimizerIgnoringTheScheduledLearningRateFailsTheScheduleCheck() {
    ContractRun run = ContractRun.of(IgnoresScheduleTest.class);
    assertEquals(Set.of("stepUsesTheLearningRateOfTheStepContext"), run.failed());
    assertTrue(run.message("stepUsesTheLearningRateOfTheStepContext")
        .contains("use StepContext.learningRate()"),
        run.message("stepUsesTheLearningRateOfTheStepContext"));
  }

  static class CorrectMomentum extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.Momentum();
    }
  }

  static class AscentTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.Ascent();
    }
  }

  static class IgnoresScheduleTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.IgnoresSchedule();
    }
  }

  static class SharedVelocityTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.SharedVelocity();
    }
  }
}
