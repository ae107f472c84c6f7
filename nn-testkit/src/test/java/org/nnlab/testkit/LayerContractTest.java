package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.PluginOptions;

/** Proves that {@link LayerContract} can fail, for the failures it exists to catch. */
class LayerContractTest {

  @Test
  void aCorrectLayerPassesEveryCheck() {
    ContractRun run = ContractRun.of(CorrectScale.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(18, run.started().size(), run.started().toString());
  }

  @Test
  void aWrongInputGradientFailsTheInputGradientCheck() {
    ContractRun run = ContractRun.of(WrongInputGradientTest.class);
    assertEquals(Set.of("inputGradientAgreesWithCentralFiniteDifferences"), run.failed());
    assertTrue(run.message("inputGradientAgreesWithCentralFiniteDifferences")
        .matches("dL/d\\(input\\)\\[0\\] is \\S+ but central finite differences give \\S+"),
        run.message("inputGradientAgreesWithCentralFiniteDifferences"));
  }

  @Test
  void aWrongWeightGradientFailsTheParameterGradientCheck() {
    ContractRun run = ContractRun.of(WrongWeightGradientTest.class);
    assertEquals(Set.of("parameterGradientsAgreeWithCentralFiniteDifferences"), run.failed());
    assertTrue(run.message("parameterGradientsAgreeWithCentralFiniteDifferences")
        .startsWith("dL/dweights[0] is "),
        run.message("parameterGradientsAgreeWithCentralFiniteDifferences"));
  }

  @Test
  void aLayerThatNeedsTheInputGradientFailsTheFirstLayerCheck() {
    ContractRun run = ContractRun.of(NeedsInputGradientTest.class);
    assertEquals(Set.of("backwardWithoutAnInputGradientStillComputesTheParameterGradients"),
        run.failed());
  }

  @Test
  void aLayerThatIsRandomInEvaluationFailsTheEvaluationCheck() {
    ContractRun run = ContractRun.of(NoisyInEvaluationTest.class);
    // Its noise also makes a rebuilt layer evaluate differently.
    assertEquals(Set.of("evaluationForwardRepeatsExactlyAndLeavesParametersAlone",
        "evaluationDrawsNothingFromTheRandomStream",
        "aLayerRebuiltFromItsSavedOptionsEvaluatesAlike"), run.failed());
    assertTrue(run.message("evaluationForwardRepeatsExactlyAndLeavesParametersAlone")
        .startsWith("two evaluation passes over the same input differ"),
        run.message("evaluationForwardRepeatsExactlyAndLeavesParametersAlone"));
  }

  @Test
  void aLayerThatLearnsInEvaluationFailsTheBufferCheck() {
    ContractRun run = ContractRun.of(LearnsInEvaluationTest.class);
    assertEquals(Set.of("buffersAreStableAndOnlyTrainingChangesThem"), run.failed());
    assertTrue(run.message("buffersAreStableAndOnlyTrainingChangesThem")
        .startsWith("an evaluation pass changed buffer passes"),
        run.message("buffersAreStableAndOnlyTrainingChangesThem"));
  }

  @Test
  void aLayerThatDoesNotRestoreItsBuffersFailsTheRoundTrip() {
    ContractRun run = ContractRun.of(ForgetsItsStateTest.class);
    assertEquals(Set.of("aLayerRebuiltFromItsSavedOptionsEvaluatesAlike"), run.failed());
    assertTrue(run.message("aLayerRebuiltFromItsSavedOptionsEvaluatesAlike")
        .startsWith("buffer passes is not restored from its saved option"),
        run.message("aLayerRebuiltFromItsSavedOptionsEvaluatesAlike"));
  }

  static class LearnsInEvaluationTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.LearnsInEvaluation();
    }
  }

  static class ForgetsItsStateTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.ForgetsItsState();
    }
  }

  abstract static class ScaleContract extends LayerContract {
    @Override
    protected PluginOptions options() {
      return TestOptions.empty();
    }
  }

  static class CorrectScale extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.ScaleProvider();
    }
  }

  static class WrongInputGradientTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.WrongInputGradient();
    }
  }

  static class NeedsInputGradientTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.NeedsInputGradient();
    }
  }

  static class NoisyInEvaluationTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.NoisyInEvaluation();
    }
  }

  static class WrongWeightGradientTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.WrongWeightGradient();
    }
  }
}
