package org.nnlab.core.schedule;

import java.util.Optional;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.stats.EpochStats;

/**
 * {@code cosine}: with W warm-up epochs, E epochs in all and i = e − 1 for epoch e (1-based),
 * <pre>
 *   i &lt; W:  η (i + 1) / W
 *   i ≥ W:  η_min + (η − η_min) (1 + cos(π (i − W) / (E − W))) / 2
 * </pre>
 * Without warm-up this is PyTorch's {@code CosineAnnealingLR} with {@code T_max = E} (in its
 * closed form); with it, a {@code LinearLR(start_factor=1/W, total_iters=W−1)} followed, from
 * epoch W + 1, by {@code CosineAnnealingLR(T_max=E−W)} in a {@code SequentialLR}. The last
 * epoch trains just above η_min; η_min is where the rate would be after it.
 */
final class CosineAnnealing implements LearningRateSchedule {
  private final double baseRate;
  private final double minRate;
  private final int warmup;
  private final int epochs;
  private int epochsEnded;

  CosineAnnealing(double baseRate, double minRate, int warmup, int epochs) {
    this.baseRate = baseRate;
    this.minRate = minRate;
    this.warmup = warmup;
    this.epochs = epochs;
  }

  /** The rate after {@code i} epochs ended, by the formula above. */
  static double rate(double baseRate, double minRate, int warmup, int epochs, int i) {
    if (i < warmup) {
      return baseRate * (i + 1) / warmup;
    }
    double progress = (double) (i - warmup) / (epochs - warmup);
    return minRate + (baseRate - minRate) * (1 + Math.cos(Math.PI * progress)) / 2;
  }

  @Override
  public double rate() {
    return rate(baseRate, minRate, warmup, epochs, epochsEnded);
  }

  @Override
  public void epochEnded(EpochStats stats) {
    epochsEnded++;
  }

  @Override
  public Optional<ScheduleProgress> progress() {
    return Optional.of(new ScheduleProgress(ScheduleConfig.Cosine.TYPE, rate(), Double.NaN, 0));
  }

  // The rate follows from the epoch alone: a run resumed with more epochs follows the cosine
  // of its new length from there.
  @Override
  public void restore(ScheduleProgress progress, int epochsCompleted) {
    epochsEnded = epochsCompleted;
  }
}
