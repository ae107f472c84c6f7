package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.GradientVerdict;

/**
 * The bundled vanishing-gradient examples: ten hidden layers of 32 units on the spiral. With
 * sigmoid the first layer's gradient is orders of magnitude below the last's; with tanh (Xavier)
 * and ReLU (He) it is not.
 */
class VanishingExamplesTest {

  private static EpochStats lastEpoch(String example) {
    TrainingResult result = TestExperiments.train(
        TestExperiments.example(example, "training.epochs=3"));
    return result.epochs().get(result.epochs().size() - 1);
  }

  @Test
  void sigmoidNetworkShowsAVanishingGradient() {
    EpochStats stats = lastEpoch("vanishing-sigmoid.yaml");
    GradientVerdict verdict = GradientVerdict.of(stats);
    assertEquals(GradientVerdict.Kind.VANISHING, verdict.kind());
    assertTrue(verdict.ratio() < 1e-4, "ratio " + verdict.ratio());
    for (double mean : stats.activationGradMeans().subList(0, 10)) {
      assertTrue(mean <= 0.25, "sigmoid' mean " + mean);
    }
  }

  @Test
  void tanhNetworkKeepsItsGradient() {
    GradientVerdict verdict = GradientVerdict.of(lastEpoch("vanishing-tanh.yaml"));
    assertEquals(GradientVerdict.Kind.HEALTHY, verdict.kind(), verdict.sentence());
    assertTrue(verdict.ratio() > 1e-2, "ratio " + verdict.ratio());
  }

  @Test
  void reluNetworkWithHeInitKeepsItsGradient() {
    GradientVerdict verdict = GradientVerdict.of(lastEpoch("vanishing-relu.yaml"));
    assertEquals(GradientVerdict.Kind.HEALTHY, verdict.kind(), verdict.sentence());
    assertTrue(verdict.ratio() > 1e-2, "ratio " + verdict.ratio());
  }
}
