package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnlab.api.LossProvider;

/** Proves that {@link LossContract} can fail, for the failures it exists to catch. */
class LossContractTest {

  @Test
  void aCorrectLossPassesEveryCheck() {
    ContractRun run = ContractRun.of(CorrectSquaredError.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(14, run.started().size(), run.started().toString());
  }

  @Test
  void aWrongGradientFailsTheFiniteDifferenceCheck() {
    ContractRun run = ContractRun.of(WrongGradientTest.class);
    assertEquals(Set.of("gradientAgreesWithCentralFiniteDifferences"), run.failed());
    assertTrue(run.message("gradientAgreesWithCentralFiniteDifferences")
        .matches("dL/d\\(output\\)\\[0\\] is \\S+ but central finite differences give \\S+"),
        run.message("gradientAgreesWithCentralFiniteDifferences"));
  }

  @Test
  void aLossThatIsNotZeroAtTheTargetFailsTheZeroCheck() {
    ContractRun run = ContractRun.of(OffsetTest.class);
    assertEquals(Set.of("lossAndGradientAreZeroAtTheTarget"), run.failed());
  }

  @Test
  void aLossThatReadsBeyondTheBatchFailsTheLongerBufferCheck() {
    ContractRun run = ContractRun.of(WholeArrayTest.class);
    assertEquals(Set.of("evaluateUsesOnlyTheBatchRowsOfLongerBuffers"), run.failed());
    assertTrue(run.message("evaluateUsesOnlyTheBatchRowsOfLongerBuffers")
        .startsWith("the loss read entries beyond rows() * cols() of a reused buffer"),
        run.message("evaluateUsesOnlyTheBatchRowsOfLongerBuffers"));
  }

  @Test
  void aLossThatClaimsSoftmaxAndASigmoidFailsTheDeclarationCheck() {
    ContractRun run = ContractRun.of(BothTransformsTest.class);
    // Computing a squared error, it does not act as the sigmoid it claims either.
    assertEquals(Set.of("declarationsAgreeWithEachOther",
        "aLossOverClassesPushesUndecidedOutputsTowardTheTargetClass"), run.failed());
    assertTrue(run.message("declarationsAgreeWithEachOther").startsWith(
        "appliesSoftmax() and appliesSigmoid() both return true"),
        run.message("declarationsAgreeWithEachOther"));
  }

  @Test
  void aLossThatClaimsASigmoidItDoesNotApplyFailsTheClassCheck() {
    ContractRun run = ContractRun.of(SigmoidInNameOnlyTest.class);
    assertEquals(Set.of("aLossOverClassesPushesUndecidedOutputsTowardTheTargetClass"),
        run.failed());
    assertTrue(run.message("aLossOverClassesPushesUndecidedOutputsTowardTheTargetClass")
        .contains("of target 0; a sigmoid loss should fall as it falls"),
        run.message("aLossOverClassesPushesUndecidedOutputsTowardTheTargetClass"));
  }

  static class BothTransformsTest extends LossContract {
    @Override
    protected LossProvider provider() {
      return new TestLosses.BothTransforms();
    }
  }

  static class SigmoidInNameOnlyTest extends LossContract {
    @Override
    protected LossProvider provider() {
      return new TestLosses.SigmoidInNameOnly();
    }
  }

  static class WholeArrayTest extends LossContract {
    @Override
    protected LossProvider provider() {
      return new TestLosses.WholeArray();
    }
  }

  static class CorrectSquaredError extends LossContract {
    @Override
    protected LossProvider provider() {
      return new TestLosses.SquaredError();
    }
  }

  static class WrongGradientTest extends LossContract {
    @Override
    protected LossProvider provider() {
      return new TestLosses.WrongGradient();
    }
  }

  static class OffsetTest extends LossContract {
    @Override
    protected LossProvider provider() {
      return new TestLosses.Offset();
    }
  }
}
