package org.nnlab.core.schedule;

import java.util.Optional;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.stats.EpochStats;

/**
 * {@code reduce_on_plateau}, as PyTorch's {@code ReduceLROnPlateau} with its defaults: after
 * each epoch the monitored value v is better than the best b when v &lt; b (1 − 1e-4) for a
 * loss, v &gt; b (1 + 1e-4) for an accuracy (the first epoch's value always is); after more than
 * {@code patience} epochs in a row that are not, the rate becomes rate × factor (unless that
 * changes it by less than 1e-8) and the count starts again. No cooldown, no minimum rate.
 */
final class PlateauReduction implements LearningRateSchedule {
  private final ScheduleConfig.ReduceOnPlateau config;
  private double rate;
  private double best = Double.NaN;
  private int wait;

  PlateauReduction(double baseRate, ScheduleConfig.ReduceOnPlateau config) {
    this.rate = baseRate;
    this.config = config;
  }

  @Override
  public double rate() {
    return rate;
  }

  @Override
  public void epochEnded(EpochStats stats) {
    double current = monitored(stats);
    if (better(current)) {
      best = current;
      wait = 0;
    } else {
      wait++;
    }
    if (wait > config.patience()) {
      double reduced = rate * config.factor();
      if (rate - reduced > ScheduleConfig.ReduceOnPlateau.EPS) {
        rate = reduced;
      }
      wait = 0;
    }
  }

  // PyTorch starts from best = ±inf: any value but NaN (and ±inf itself) beats it.
  private boolean better(double current) {
    double threshold = ScheduleConfig.ReduceOnPlateau.THRESHOLD;
    if (config.maximizes()) {
      return current > (Double.isNaN(best) ? Double.NEGATIVE_INFINITY : best * (1 + threshold));
    }
    return current < (Double.isNaN(best) ? Double.POSITIVE_INFINITY : best * (1 - threshold));
  }

  private double monitored(EpochStats stats) {
    return switch (config.monitor()) {
      case "val_loss" -> stats.valLoss();
      case "val_accuracy" -> stats.valAccuracy();
      case "accuracy" -> stats.accuracy();
      default -> stats.loss();
    };
  }

  @Override
  public Optional<ScheduleProgress> progress() {
    return Optional.of(new ScheduleProgress(ScheduleConfig.ReduceOnPlateau.TYPE, rate, best,
        wait));
  }

  @Override
  public void restore(ScheduleProgress progress, int epochsCompleted) {
    rate = progress.learningRate();
    best = progress.best();
    wait = progress.badEpochs();
  }
}
