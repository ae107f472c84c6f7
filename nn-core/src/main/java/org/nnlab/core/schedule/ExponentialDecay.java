package org.nnlab.core.schedule;

import java.util.Optional;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.stats.EpochStats;

/**
 * {@code exponential}, as PyTorch's {@code ExponentialLR}: after every epoch the rate is
 * multiplied by {@code gamma}, so epoch e (1-based) trains with η γ^(e − 1).
 */
final class ExponentialDecay implements LearningRateSchedule {
  private final double gamma;
  private double rate;

  ExponentialDecay(double baseRate, double gamma) {
    this.rate = baseRate;
    this.gamma = gamma;
  }

  @Override
  public double rate() {
    return rate;
  }

  @Override
  public void epochEnded(EpochStats stats) {
    rate *= gamma;
  }

  @Override
  public Optional<ScheduleProgress> progress() {
    return Optional.of(new ScheduleProgress(ScheduleConfig.Exponential.TYPE, rate, Double.NaN,
        0));
  }

  @Override
  public void restore(ScheduleProgress progress, int epochsCompleted) {
    rate = progress.learningRate();
  }
}
