package org.nnlab.core.schedule;

import java.util.Optional;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.stats.EpochStats;

/**
 * The learning rate of each epoch: the optimizer's configured rate, changed between epochs as
 * the configured schedule says. Asked once per epoch, never per batch.
 */
public interface LearningRateSchedule {

  /**
   * Creates the schedule a configuration asks for, at the start of a run.
   *
   * @param config the schedule, or empty for a rate that stays
   * @param baseRate the optimizer's configured learning rate
   * @param epochs the run's epochs in all ({@code training.epochs})
   * @return the schedule
   */
  static LearningRateSchedule of(Optional<ScheduleConfig> config, double baseRate, int epochs) {
    if (config.isEmpty()) {
      return new ConstantRate(baseRate);
    }
    ScheduleConfig schedule = config.get();
    if (schedule instanceof ScheduleConfig.Step step) {
      return new StepDecay(baseRate, step.stepSize(), step.gamma());
    }
    if (schedule instanceof ScheduleConfig.Exponential exponential) {
      return new ExponentialDecay(baseRate, exponential.gamma());
    }
    if (schedule instanceof ScheduleConfig.Cosine cosine) {
      return new CosineAnnealing(baseRate, cosine.minLr(), cosine.warmupEpochs(), epochs);
    }
    return new PlateauReduction(baseRate, (ScheduleConfig.ReduceOnPlateau) schedule);
  }

  /** The rate of the next epoch to train (the first, before any has ended). */
  double rate();

  /**
   * Moves on to the next epoch, as {@code scheduler.step()} after an epoch: called once the
   * epoch is measured.
   *
   * @param stats what the epoch measured (the plateau schedule watches one of its values)
   */
  void epochEnded(EpochStats stats);

  /** Where the schedule stands, for a checkpoint; empty for a rate that stays. */
  Optional<ScheduleProgress> progress();

  /**
   * Goes on from a checkpoint.
   *
   * @param progress what {@link #progress} saved
   * @param epochsCompleted the epochs the saved run completed
   */
  void restore(ScheduleProgress progress, int epochsCompleted);
}
