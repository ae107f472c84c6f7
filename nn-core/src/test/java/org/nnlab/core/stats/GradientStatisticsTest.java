package org.nnlab.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;

class GradientStatisticsTest {
  // Negative weights and biases on positive inputs: every ReLU unit is off.
  private static final String DEAD_RELU = """
      model:
        inputs: 1
        layers:
          - {units: 2, activation: relu, weights: [[-1], [-2]], biases: [-1, -1]}
          - {units: 1, activation: linear}
      loss: mse
      training: {epochs: 1, batch_size: 2, shuffle: false}
      data: {inline: {inputs: [1, 2], targets: [1, 2]}}
      """;

  private static EpochStats firstEpoch(String yaml) {
    Experiment experiment = TestExperiments.fromYaml(yaml);
    return TestExperiments.train(experiment).epochs().get(0);
  }

  @Test
  void sigmoidActivationGradientMeanNeverExceedsOneQuarter() {
    EpochStats stats = firstEpoch("""
        model: {inputs: 2, hidden: [8, 8], activation: sigmoid, outputs: 2}
        loss: cross_entropy
        training: {epochs: 1, batch_size: 10}
        data: {synthetic: {name: moons, samples: 50}}
        """);
    assertTrue(stats.activationGradMeans().get(0) <= 0.25);
    assertTrue(stats.activationGradMeans().get(1) <= 0.25);
    assertEquals(1.0, stats.activationGradMeans().get(2), 0.0, "linear output layer");
    assertEquals(0.0, stats.saturatedFractions().get(2), 0.0);
  }

  @Test
  void normalisationAndDropoutLayersHaveNoWeightStatisticsAndStayOutOfTheVerdict() {
    EpochStats stats = firstEpoch("""
        model:
          inputs: 2
          layers:
            - {units: 8}
            - {type: batch_norm, activation: sigmoid}
            - {type: dropout, rate: 0.1}
            - {units: 2}
        loss: cross_entropy
        training: {epochs: 1, batch_size: 10}
        data: {synthetic: {name: moons, samples: 50}}
        """);
    assertTrue(Double.isNaN(stats.gradNorms().get(1)), "batch_norm's gamma is not a weight");
    assertTrue(Double.isNaN(stats.weightNorms().get(1)));
    assertTrue(Double.isNaN(stats.updateRatios().get(1)));
    assertTrue(stats.biasGradNorms().get(1) > 0, "beta's gradient is the layer's bias gradient");
    assertTrue(Double.isNaN(stats.gradNorms().get(2)), "dropout has no weights");
    assertTrue(Double.isNaN(stats.biasGradNorms().get(2)));
    GradientVerdict verdict = GradientVerdict.of(stats);
    assertEquals(1, verdict.firstLayer());
    assertEquals(4, verdict.lastLayer());
    assertEquals(stats.gradNorms().get(0) / stats.gradNorms().get(3), verdict.ratio(), 0.0);
  }

  @Test
  void deadReluLayerIsFullySaturatedAndPassesNoGradient() {
    EpochStats stats = firstEpoch(DEAD_RELU);
    assertEquals(1.0, stats.saturatedFractions().get(0), 0.0);
    assertEquals(0.0, stats.activationGradMeans().get(0), 0.0);
    assertEquals(0.0, stats.gradNorms().get(0), 0.0);
  }

  @Test
  void updateRatioIsLearningRateTimesGradientOverWeightsForPlainSgd() {
    // One batch: |dW| = lr |g| and the ratio is lr |g| / |W| with W before the update.
    EpochStats stats = firstEpoch("""
        model:
          inputs: 1
          layers: [{units: 1, activation: linear, weights: [[2.0]], biases: [0.0]}]
        loss: mse
        optimizer: {type: sgd, learning_rate: 0.1}
        training: {epochs: 1, batch_size: 1, shuffle: false}
        data: {inline: {inputs: [3], targets: [1]}}
        """);
    double gradient = 2 * (2.0 * 3 - 1) * 3;
    assertEquals(Math.abs(gradient), stats.gradNorms().get(0), 1e-12);
    assertEquals(Math.abs(2 * (2.0 * 3 - 1)), stats.biasGradNorms().get(0), 1e-12);
    assertEquals(0.1 * Math.abs(gradient) / 2.0, stats.updateRatios().get(0), 1e-12);
    assertEquals(Math.abs(2.0 - 0.1 * gradient), stats.weightNorms().get(0), 1e-12);
  }

  @Test
  void aDeadReluLayerHasEveryUnitDeadAndTheOutputLayerNone() {
    EpochStats stats = firstEpoch(DEAD_RELU);
    assertEquals(List.of(1.0, 0.0), stats.deadFractions());
  }

  @Test
  void deadFractionIsTheShareOfUnitsThatNeverActivated() {
    // On positive inputs the first unit (weight 1) is on and the other three (weight -1) off.
    EpochStats stats = firstEpoch("""
        model:
          inputs: 1
          layers:
            - {units: 4, activation: relu, weights: [[1], [-1], [-1], [-1]], biases: [0, 0, 0, 0]}
            - {units: 1, activation: linear}
        loss: mse
        training: {epochs: 1, batch_size: 2, shuffle: false}
        data: {inline: {inputs: [1, 2], targets: [1, 2]}}
        """);
    assertEquals(0.75, stats.deadFractions().get(0), 0.0);
  }

  @Test
  void aUnitActiveForOneSampleOfTheEpochIsNotDead() {
    // Batch 1 (x = 1) turns on only unit 1, batch 2 (x = -1) only unit 2; the learning rate is
    // too small to move the weights across zero in between.
    EpochStats stats = firstEpoch("""
        model:
          inputs: 1
          layers:
            - {units: 2, activation: relu, weights: [[1], [-1]], biases: [0, 0]}
            - {units: 1, activation: linear}
        loss: mse
        optimizer: {type: sgd, learning_rate: 1.0e-9}
        training: {epochs: 1, batch_size: 1, shuffle: false}
        data: {inline: {inputs: [1, -1], targets: [1, 1]}}
        """);
    assertEquals(0.5, stats.saturatedFractions().get(0), 0.0, "each batch has one unit off");
    assertEquals(0.0, stats.deadFractions().get(0), 0.0);
  }

  @Test
  void deadUnitsAreCountedAfreshEveryEpoch() {
    // Unit 1 is on in epoch 1; a learning rate of 10 pushes every unit off for good.
    Experiment experiment = TestExperiments.fromYaml("""
        seed: 3
        model: {inputs: 1, hidden: [16, 16], outputs: 1}
        loss: mse
        optimizer: {type: sgd, learning_rate: 10}
        training: {epochs: 3, batch_size: 2}
        data:
          inline: {inputs: [0, 1, 2, 3], targets: [0, 10, 20, 30]}
        """);
    List<EpochStats> epochs = TestExperiments.train(experiment).epochs();
    assertTrue(epochs.get(0).deadFractions().get(0) < 1.0, epochs.get(0).deadFractions()
        .toString());
    assertEquals(List.of(1.0, 1.0, 0.0), epochs.get(1).deadFractions());
  }
}
