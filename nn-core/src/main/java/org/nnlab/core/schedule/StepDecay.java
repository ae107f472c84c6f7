package org.nnlab.core.schedule;

import java.util.Optional;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.stats.EpochStats;

/**
 * {@code step}, as PyTorch's {@code StepLR}: after every {@code step_size}-th epoch the rate is
 * multiplied by {@code gamma}, so epoch e (1-based) trains with η γ^⌊(e − 1) / step_size⌋. The
 * rate is multiplied in place, as PyTorch does, so the rounding is PyTorch's too.
 */
final class StepDecay implements LearningRateSchedule {
  private final int stepSize;
  private final double gamma;
  private double rate;
  private int epochsEnded;

  StepDecay(double baseRate, int stepSize, double gamma) {
    this.rate = baseRate;
    this.stepSize = stepSize;
    this.gamma = gamma;
  }

  @Override
  public double rate() {
    return rate;
  }

  @Override
  public void epochEnded(EpochStats stats) {
    epochsEnded++;
    if (epochsEnded % stepSize == 0) {
      rate *= gamma;
    }
  }

  @Override
  public Optional<ScheduleProgress> progress() {
    return Optional.of(new ScheduleProgress(ScheduleConfig.Step.TYPE, rate, Double.NaN, 0));
  }

  @Override
  public void restore(ScheduleProgress progress, int epochsCompleted) {
    rate = progress.learningRate();
    epochsEnded = epochsCompleted;
  }
}
