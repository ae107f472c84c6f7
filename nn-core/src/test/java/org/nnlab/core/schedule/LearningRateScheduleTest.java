package org.nnlab.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.LayerStats;

/** Each schedule's rate epoch by epoch, against its formula written out. */
class LearningRateScheduleTest {

  private static EpochStats epoch(double loss, double accuracy) {
    return new EpochStats(1, loss, accuracy, Double.NaN, Double.NaN, Double.NaN,
        LayerStats.NONE);
  }

  // The rate of each epoch, when every epoch measures the same.
  private static List<Double> rates(LearningRateSchedule schedule, int epochs) {
    List<Double> rates = new ArrayList<>();
    for (int e = 0; e < epochs; e++) {
      rates.add(schedule.rate());
      schedule.epochEnded(epoch(1.0, 0.5));
    }
    return rates;
  }

  private static LearningRateSchedule of(ScheduleConfig config, double base, int epochs) {
    return LearningRateSchedule.of(Optional.of(config), base, epochs);
  }

  @Test
  void withoutAScheduleEveryEpochHasTheConfiguredRate() {
    LearningRateSchedule none = LearningRateSchedule.of(Optional.empty(), 0.03, 5);
    assertEquals(List.of(0.03, 0.03, 0.03), rates(none, 3));
    assertEquals(Optional.empty(), none.progress());
  }

  @Test
  void stepMultipliesByGammaAfterEveryStepSizeEpochs() {
    assertEquals(List.of(0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.05),
        rates(of(new ScheduleConfig.Step(3, 0.5), 0.2, 7), 7));
  }

  @Test
  void exponentialMultipliesByGammaAfterEveryEpoch() {
    assertEquals(List.of(1.0, 0.5, 0.25, 0.125),
        rates(of(new ScheduleConfig.Exponential(0.5), 1.0, 4), 4));
  }

  @Test
  void cosineFallsFromTheRateTowardsTheMinimumOverTheRun() {
    List<Double> rates = rates(of(new ScheduleConfig.Cosine(0.0, 0), 1.0, 4), 4);
    double[] expected = {1.0, (1 + Math.cos(Math.PI / 4)) / 2, 0.5,
        (1 + Math.cos(3 * Math.PI / 4)) / 2};
    for (int e = 0; e < 4; e++) {
      assertEquals(expected[e], rates.get(e), 1e-15, "epoch " + (e + 1));
    }
  }

  @Test
  void cosineWarmsUpLinearlyThenAnnealsOverTheEpochsLeft() {
    List<Double> rates = rates(of(new ScheduleConfig.Cosine(0.1, 2), 1.0, 6), 6);
    // Warm-up: η/2, η; then the cosine over 6 − 2 = 4 epochs, from η at epoch 3.
    double[] expected = {0.5, 1.0, 1.0, 0.1 + 0.9 * (1 + Math.cos(Math.PI / 4)) / 2,
        0.1 + 0.9 * 0.5, 0.1 + 0.9 * (1 + Math.cos(3 * Math.PI / 4)) / 2};
    for (int e = 0; e < 6; e++) {
      assertEquals(expected[e], rates.get(e), 1e-15, "epoch " + (e + 1));
    }
  }

  @Test
  void plateauReducesAfterMoreThanPatienceEpochsWithoutARelativeImprovement() {
    LearningRateSchedule plateau = of(new ScheduleConfig.ReduceOnPlateau("loss", 0.5, 2), 0.4,
        10);
    // 0.99995 is not below 1 × (1 − 1e-4): not an improvement.
    double[] losses = {1.0, 0.99995, 0.99995, 0.99995, 0.5, 0.49};
    List<Double> rates = new ArrayList<>();
    for (double loss : losses) {
      plateau.epochEnded(epoch(loss, Double.NaN));
      rates.add(plateau.rate());
    }
    assertEquals(List.of(0.4, 0.4, 0.4, 0.2, 0.2, 0.2), rates);
    assertEquals(new ScheduleProgress("reduce_on_plateau", 0.2, 0.49, 0),
        plateau.progress().orElseThrow());
  }

  @Test
  void plateauOnAnAccuracyWantsItToRise() {
    LearningRateSchedule plateau = of(new ScheduleConfig.ReduceOnPlateau("accuracy", 0.1, 0),
        1.0, 10);
    plateau.epochEnded(epoch(1.0, 0.5));
    assertEquals(1.0, plateau.rate());
    plateau.epochEnded(epoch(1.0, 0.6));
    assertEquals(1.0, plateau.rate());
    plateau.epochEnded(epoch(1.0, 0.6));
    assertEquals(0.1, plateau.rate(), 1e-17);
  }

  @Test
  void plateauCountsAnEpochWithoutAMeasurementAsNoImprovement() {
    LearningRateSchedule plateau = of(new ScheduleConfig.ReduceOnPlateau("loss", 0.5, 0), 1.0,
        10);
    plateau.epochEnded(epoch(Double.NaN, Double.NaN));
    assertEquals(0.5, plateau.rate());
  }

  @Test
  void plateauSkipsAReductionSmallerThanPyTorchsEps() {
    LearningRateSchedule plateau = of(new ScheduleConfig.ReduceOnPlateau("loss", 0.1, 0), 1e-8,
        10);
    plateau.epochEnded(epoch(1.0, Double.NaN));
    plateau.epochEnded(epoch(1.0, Double.NaN));
    assertEquals(1e-8, plateau.rate());
  }

  @Test
  void aRestoredPlateauGoesOnAsTheSavedOneWould() {
    ScheduleConfig.ReduceOnPlateau config = new ScheduleConfig.ReduceOnPlateau("loss", 0.5, 1);
    LearningRateSchedule straight = of(config, 1.0, 10);
    double[] losses = {1.0, 1.0, 0.8, 0.8, 0.8, 0.8, 0.7};
    for (int e = 0; e < 3; e++) {
      straight.epochEnded(epoch(losses[e], Double.NaN));
    }
    LearningRateSchedule resumed = of(config, 1.0, 10);
    resumed.restore(straight.progress().orElseThrow(), 3);
    for (int e = 3; e < losses.length; e++) {
      straight.epochEnded(epoch(losses[e], Double.NaN));
      resumed.epochEnded(epoch(losses[e], Double.NaN));
      assertEquals(straight.rate(), resumed.rate(), "after epoch " + (e + 1));
    }
    assertEquals(straight.progress(), resumed.progress());
  }

  @Test
  void aRestoredStepScheduleKeepsCountingItsEpochs() {
    LearningRateSchedule step = of(new ScheduleConfig.Step(2, 0.5), 1.0, 10);
    step.restore(new ScheduleProgress("step", 0.5, Double.NaN, 0), 3);
    assertEquals(List.of(0.5, 0.25, 0.25), rates(step, 3));
  }

  @Test
  void aRestoredCosineFollowsTheEpochItResumesAt() {
    LearningRateSchedule cosine = of(new ScheduleConfig.Cosine(0.0, 0), 1.0, 4);
    cosine.restore(new ScheduleProgress("cosine", 1.0, Double.NaN, 0), 2);
    assertEquals(0.5, cosine.rate(), 1e-15);
  }
}
