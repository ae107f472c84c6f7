package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.stats.EpochStats;

/**
 * The bundled real-data example, examples/digits.yaml, trained in full: scikit-learn's 1797
 * handwritten digits, a fifth held out for validation, stopped early on the validation loss.
 */
class DigitsExampleTest {
  private static Experiment experiment;
  private static TrainingResult result;

  @BeforeAll
  static void trainTheExample() {
    experiment = TestExperiments.example("digits.yaml");
    result = TestExperiments.train(experiment);
  }

  @Test
  void theDataIs1797ImagesOf64PixelsInTenOneHotClasses() {
    int validation = experiment.validation().orElseThrow().size();
    assertEquals(List.of(1797, 64, 10), List.of(experiment.data().size() + validation,
        experiment.data().inputs().cols(), experiment.data().targets().cols()));
  }

  @Test
  void aFifthOfTheSamplesIsHeldOutForValidation() {
    assertEquals(359, experiment.validation().orElseThrow().size());
  }

  @Test
  void trainingStopsEarlyLongBeforeItsLastEpochAndKeepsTheBestEpoch() {
    EarlyStop stop = result.stoppedEarly().orElseThrow();
    assertTrue(stop.epoch() < 100, stop.message());
    assertEquals(stop.epoch() - 10, stop.bestEpoch(), "patience 10: " + stop.message());
    assertTrue(stop.restoredBest(), stop.message());
    assertEquals(stop.epoch(), result.epochs().size());
  }

  @Test
  void theKeptEpochClassifiesOverNinetyFivePercentOfTheValidationDigits() {
    EpochStats best = result.epochs().get(result.stoppedEarly().orElseThrow().bestEpoch() - 1);
    assertTrue(best.valAccuracy() > 0.95, "val accuracy " + best.valAccuracy());
  }

  @Test
  void theValidationLossStaysAboveTheTrainingLossOnceTheNetworkFitsItsSamples() {
    EpochStats last = result.lastEpoch().orElseThrow();
    assertTrue(last.accuracy() > 0.99 && last.valLoss() > 10 * last.loss(),
        "train loss " + last.loss() + ", val loss " + last.valLoss());
  }
}
