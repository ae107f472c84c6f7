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
    assertEquals(10, run.started().size(), run.started().toString());
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
    // The velocity a run leaves behind also changes the next run, so the threads disagree too.
    assertEquals(Set.of("stateIsKeptPerParameter", "instanceIsSafeToShareBetweenThreads"),
        run.failed());
    assertTrue(run.message("stateIsKeptPerParameter").startsWith(
        "updating another parameter in between changed this one's trajectory: state is shared"),
        run.message("stateIsKeptPerParameter"));
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

  static class SharedVelocityTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new TestOptimizers.SharedVelocity();
    }
  }
}
