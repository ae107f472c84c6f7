package org.nnlab.core.schedule;

import java.util.Optional;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.stats.EpochStats;

/** No schedule: every epoch trains with the optimizer's configured rate. */
final class ConstantRate implements LearningRateSchedule {
  private final double rate;

  ConstantRate(double rate) {
    this.rate = rate;
  }

  @Override
  public double rate() {
    return rate;
  }

  @Override
  public void epochEnded(EpochStats stats) {}

  @Override
  public Optional<ScheduleProgress> progress() {
    return Optional.empty();
  }

  @Override
  public void restore(ScheduleProgress progress, int epochsCompleted) {}
}
