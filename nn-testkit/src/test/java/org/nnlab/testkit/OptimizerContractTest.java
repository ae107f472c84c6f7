package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnlab.api.OptimizerProvider;

/** Proves that {@link OptimizerContract} can fail, for the failures it exists to catch. */
class OptimizerContractTest {

  private static final Set<String> FLOAT32_CHECKS = Set.of("float32StepsAgreeWithFloat64Steps",
      "float32StepLeavesGradientsUnchanged", "float32ResumingFromACopyOfTheStateContinuesExactly");

  private static final Set<String> RANGE_CHECKS = Set.of("rangeStepsGiveTheWholeStepsValues",
      "float32RangeStepsGiveTheWholeStepsValues");

  @Test
  void aCorrectOptimizerPassesEveryCheck() {
    ContractRun run = ContractRun.of(CorrectMomentum.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(18, run.started().size(), run.started().toString());
  }

  @Test
  void theFloat32AndRangeChecksOfAFloat64OnlyOptimizerAreSkippedVisibly() {
    ContractRun run = ContractRun.of(CorrectMomentum.class);
    Set<String> skipped = new HashSet<>(FLOAT32_CHECKS);
    skipped.addAll(RANGE_CHECKS);
    assertEquals(skipped, run.aborted());
  }

  @Test
  void aCorrectFloat32OptimizerPassesEveryCheckSkippingOnlyTheRangeChecks() {
    ContractRun run = ContractRun.of(CorrectFloatMomentum.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(RANGE_CHECKS, run.aborted());
    assertEquals(18, run.started().size(), run.started().toString());
  }

  @Test
  void aCorrectRangedOptimizerPassesTheRangeCheck() {
    ContractRun run = ContractRun.of(RangedMomentumTest.class);
    assertEquals(Set.of(), run.failed());
    Set<String> skipped = new HashSet<>(FLOAT32_CHECKS);
    skipped.add("float32RangeStepsGiveTheWholeStepsValues");
    assertEquals(skipped, run.aborted());
  }

  @Test
  void rangeCallsThatMissTheirEntriesFailTheRangeCheck() {
    ContractRun run = ContractRun.of(MisplacedRangeTest.class);
    assertEquals(Set.of("rangeStepsGiveTheWholeStepsValues"), run.failed());
    assertTrue(run.message("rangeStepsGiveTheWholeStepsValues").startsWith(
        "stepRange over two ranges of each parameter gave other values than step"),
        run.message("rangeStepsGiveTheWholeStepsValues"));
  }

  @Test
  void anOptimizerClaimingFloat32ButReadingDoublesFailsEveryFloat32Check() {
    ContractRun run = ContractRun.of(ClaimsFloat32Test.class);
    assertEquals(FLOAT32_CHECKS, run.failed());
    String message = run.message("float32StepsAgreeWithFloat64Steps");
    assertTrue(message.startsWith("supports(Precision.FLOAT32) is true, but a step on float32 "
        + "parameters and state failed"), message);
    assertTrue(message.endsWith("this optimizer state holds float32 values: use floatArray"),
        message);
  }

  @Test
  void aFloat32PathComputingSomethingElseFailsTheAgreementCheck() {
    ContractRun run = ContractRun.of(FloatWithoutMomentumTest.class);
    assertEquals(Set.of("float32StepsAgreeWithFloat64Steps"), run.failed());
    String message = run.message("float32StepsAgreeWithFloat64Steps");
    assertTrue(message.startsWith("after 7 steps in float32, weights[0] is "), message);
    assertTrue(message.endsWith("the float32 path computes something else"), message);
  }

  @Test
  void float32StateKeptOutsideTheOptimizerStateFailsTheFloat32ResumeAndStateChecks() {
    ContractRun run = ContractRun.of(FloatVelocityOutsideStateTest.class);
    // The float state arrays stay zero where the float64 run's hold the velocity.
    assertEquals(Set.of("float32ResumingFromACopyOfTheStateContinuesExactly",
        "float32StepsAgreeWithFloat64Steps"), run.failed());
    String message = run.message("float32ResumingFromACopyOfTheStateContinuesExactly");
    assertTrue(message.startsWith("a float32 run resumed from a copy of the optimizer state went "
        + "elsewhere"), message);
    message = run.message("float32StepsAgreeWithFloat64Steps");
    assertTrue(message.startsWith("after 7 steps in float32, state array 0 holds 0.0 at 0 where "
        + "the same steps in float64 give "), message);
    assertTrue(message.endsWith("the float32 path keeps other state"), message);
  }

  @Test
  void aFloat32PathWritingTheGradientsFailsTheFloat32GradientCheck() {
    ContractRun run = ContractRun.of(FloatOverwritesGradientsTest.class);
    assertEquals(Set.of("float32StepLeavesGradientsUnchanged"), run.failed());
    assertTrue(run.message("float32StepLeavesGradientsUnchanged")
        .startsWith("step changed the float32 gradients"),
        run.message("float32StepLeavesGradientsUnchanged"));
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

  static class RangedMomentumTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.RangedMomentum();
    }
  }

  static class MisplacedRangeTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.MisplacedRange();
    }
  }

  static class CorrectFloatMomentum extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.FloatMomentum();
    }
  }

  static class ClaimsFloat32Test extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.ClaimsFloat32();
    }
  }

  static class FloatWithoutMomentumTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.FloatWithoutMomentum();
    }
  }

  static class FloatVelocityOutsideStateTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.FloatVelocityOutsideState();
    }
  }

  static class FloatOverwritesGradientsTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.FloatOverwritesGradients();
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
