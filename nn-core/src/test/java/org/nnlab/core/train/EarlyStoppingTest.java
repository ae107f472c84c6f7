package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Buffer;
import org.nnlab.core.stats.EpochStats;

class EarlyStoppingTest {
  // 60 noisy samples and 2 x 128 units: the training loss keeps falling while the validation
  // loss turns up, so early stopping has something to stop.
  private static final String OVERFITTING = """
      seed: 5
      model: {inputs: 2, hidden: [128, 128], activation: relu, outputs: 2, init: he_uniform}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.9}
      training:
        epochs: 400
        batch_size: 8
        early_stopping: {monitor: val_loss, patience: 8, restore_best: RESTORE}
      data: {synthetic: {name: moons, samples: 60, noise: 0.35}}
      validation: {fraction: 0.3}
      """;

  private static List<double[]> values(Experiment experiment) {
    return experiment.network().parameters().stream().map(p -> p.values().clone()).toList();
  }

  @Test
  void trainingStopsOncePatienceEpochsPassWithoutABetterValidationLoss() {
    Experiment experiment = TestExperiments.fromYaml(OVERFITTING.replace("RESTORE", "false"));
    TrainingResult result = TestExperiments.train(experiment);
    EarlyStop stop = result.stoppedEarly().orElseThrow();
    assertTrue(result.succeeded());
    assertEquals(stop.epoch(), result.epochs().size());
    assertEquals(stop.bestEpoch() + 8, stop.epoch(), "stopped after 8 epochs without progress");
    double best = result.epochs().get(stop.bestEpoch() - 1).valLoss();
    assertEquals(best, stop.best(), 0.0);
    for (EpochStats epoch : result.epochs().subList(stop.bestEpoch(), stop.epoch())) {
      assertTrue(epoch.valLoss() >= best, "epoch " + epoch.epoch() + " improved on the best");
    }
    assertTrue(stop.epoch() < 400, "the run overfits well before its last epoch");
  }

  @Test
  void restoreBestGivesTheModelTheParametersOfItsBestEpoch() {
    Experiment restored = TestExperiments.fromYaml(OVERFITTING.replace("RESTORE", "true"));
    EarlyStop stop = TestExperiments.train(restored).stoppedEarly().orElseThrow();
    assertTrue(stop.restoredBest());
    Experiment upToBest = TestExperiments.fromYaml(OVERFITTING.replace("RESTORE", "false")
        .replace("epochs: 400", "epochs: " + stop.bestEpoch()));
    TestExperiments.train(upToBest);
    List<double[]> expected = values(upToBest);
    List<double[]> actual = values(restored);
    for (int p = 0; p < expected.size(); p++) {
      assertArrayEquals(expected.get(p), actual.get(p), 0.0, "parameter " + p);
    }
    Evaluator evaluator = new Evaluator(restored.network(), restored.loss(), true,
        restored.outputTransform(), 8);
    evaluator.addAll(restored.validation().orElseThrow(), 8);
    assertEquals(stop.best(), evaluator.loss(), 1e-15);
  }

  // The validation loss of the best epoch was measured with its running statistics: restoring
  // the parameters alone would not give it back.
  @Test
  void restoreBestAlsoGivesBackTheRunningStatisticsOfTheBestEpoch() {
    String overfitting = OVERFITTING.replace("outputs: 2,", "outputs: 2, normalization: "
        + "batch_norm,");
    Experiment restored = TestExperiments.fromYaml(overfitting.replace("RESTORE", "true"));
    EarlyStop stop = TestExperiments.train(restored).stoppedEarly().orElseThrow();
    assertTrue(stop.restoredBest());
    Experiment upToBest = TestExperiments.fromYaml(overfitting.replace("RESTORE", "false")
        .replace("epochs: 400", "epochs: " + stop.bestEpoch()));
    TestExperiments.train(upToBest);
    List<Buffer> expected = upToBest.network().buffers();
    List<Buffer> actual = restored.network().buffers();
    assertEquals(4, actual.size(), "a running mean and variance per batch_norm layer");
    for (int b = 0; b < expected.size(); b++) {
      assertArrayEquals(expected.get(b).values(), actual.get(b).values(), 0.0, "buffer " + b);
    }
    Evaluator evaluator = new Evaluator(restored.network(), restored.loss(), true,
        restored.outputTransform(), 8);
    evaluator.addAll(restored.validation().orElseThrow(), 8);
    assertEquals(stop.best(), evaluator.loss(), 1e-15);
  }

  @Test
  void aMonitorThatImprovesEveryEpochNeverStopsTraining() {
    TrainingResult result = TestExperiments.train(TestExperiments.fromYaml(OVERFITTING
        .replace("RESTORE", "false").replace("monitor: val_loss", "monitor: loss")
        .replace("epochs: 400", "epochs: 6")));
    assertEquals(6, result.epochs().size());
    assertTrue(result.stoppedEarly().isEmpty());
  }

  @Test
  void theMessageSaysWhenAndWhy() {
    assertEquals("stopped early after epoch 30: val_loss has not improved since epoch 20 (best "
        + "0.123457); the model keeps epoch 20's parameters",
        new EarlyStop(30, 20, "val_loss", 0.1234567, true).message());
  }
}
