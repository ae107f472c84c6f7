package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.PluginOptions;

/** Proves that {@link LayerContract} can fail, for the failures it exists to catch. */
class LayerContractTest {

  private static final Set<String> FLOAT32_CHECKS = Set.of(
      "float32LayerCreatesItsParametersInFloat32FromTheSameValues",
      "float32ForwardAndBackwardAgreeWithFloat64",
      "float32ForwardAndBackwardUseOnlyTheBatchRowsOfLongerBuffers",
      "float32BackwardOverwritesAndNeedsNoInputGradient",
      "float32LayerRebuiltFromItsSavedOptionsEvaluatesAlike");

  @Test
  void aCorrectLayerPassesEveryCheckInBothPrecisions() {
    ContractRun run = ContractRun.of(CorrectScale.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(23, run.started().size(), run.started().toString());
    assertTrue(run.started().containsAll(FLOAT32_CHECKS), run.started().toString());
    assertEquals(Set.of(), skipped(CorrectScale.class));
  }

  @Test
  void aLayerInFloat64OnlySkipsTheFloat32ChecksAndPassesTheRest() {
    ContractRun run = ContractRun.of(Float64OnlyTest.class);
    assertEquals(Set.of(), run.failed());
    assertEquals(FLOAT32_CHECKS, skipped(Float64OnlyTest.class));
  }

  @Test
  void aFloat32LayerWithDoubleParametersFailsThePrecisionCheck() {
    ContractRun run = ContractRun.of(Float32InDoublesTest.class);
    assertEquals(Set.of("float32LayerCreatesItsParametersInFloat32FromTheSameValues"),
        run.failed());
    assertTrue(run.message("float32LayerCreatesItsParametersInFloat32FromTheSameValues")
        .startsWith("parameter weights of a layer built for float32: create parameters in "
            + "LayerContext.precision()"),
        run.message("float32LayerCreatesItsParametersInFloat32FromTheSameValues"));
  }

  @Test
  void aFloat32PathThatComputesSomethingElseFailsTheAgreementCheck() {
    ContractRun run = ContractRun.of(Float32DiffersTest.class);
    assertEquals(Set.of("float32ForwardAndBackwardAgreeWithFloat64"), run.failed());
    assertTrue(run.message("float32ForwardAndBackwardAgreeWithFloat64")
        .matches("float32 training output\\[0\\] is \\S+ but the same layer in float64 gives "
            + "\\S+"),
        run.message("float32ForwardAndBackwardAgreeWithFloat64"));
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
    // In both precisions.
    assertEquals(Set.of("backwardWithoutAnInputGradientStillComputesTheParameterGradients",
        "float32BackwardOverwritesAndNeedsNoInputGradient"), run.failed());
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

  /** The checks of a contract run that were skipped by an assumption. */
  private static Set<String> skipped(Class<?> testClass) {
    Set<String> skipped = new TreeSet<>();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
        .testEvents().aborted().stream()
        .map(event -> event.getTestDescriptor().getSource().orElseThrow())
        .map(source -> ((MethodSource) source).getMethodName())
        .forEach(skipped::add);
    return skipped;
  }

  static class Float64OnlyTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.Float64Only();
    }
  }

  static class Float32InDoublesTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.Float32InDoubles();
    }
  }

  static class Float32DiffersTest extends ScaleContract {
    @Override
    protected LayerProvider provider() {
      return new TestLayers.Float32DiffersFromFloat64();
    }
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
