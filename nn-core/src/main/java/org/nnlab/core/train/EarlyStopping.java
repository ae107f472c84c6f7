package org.nnlab.core.train;

import org.nnlab.core.checkpoint.EarlyStoppingProgress;
import org.nnlab.core.config.EarlyStoppingConfig;
import org.nnlab.core.model.ModelSnapshot;
import org.nnlab.core.model.Network;
import org.nnlab.core.stats.EpochStats;

/**
 * Ends training when the monitored value has not improved by more than {@code min_delta} for
 * {@code patience} epochs, as Keras' {@code EarlyStopping}; with {@code restore_best} the model
 * then gets back the parameters of its best epoch, and the buffers (running statistics) that
 * went with them.
 */
public final class EarlyStopping implements TrainingListener {
  private final EarlyStoppingConfig config;
  // Null without restore_best, when nothing is kept.
  private final ModelSnapshot bestModel;
  // The snapshot's arrays: every parameter's values, then every buffer's (running statistics).
  private final double[][] bestParameters;
  private double best;
  private int bestEpoch;
  private int wait;

  EarlyStopping(EarlyStoppingConfig config, Network network) {
    this.config = config;
    this.bestModel = config.restoreBest() ? new ModelSnapshot(network) : null;
    this.bestParameters = bestModel == null ? new double[0][] : bestModel.arrays();
    this.best = Double.NaN;
  }

  @Override
  public void onEpochEnd(EpochStats stats, TrainingControl control) {
    double current = monitored(stats);
    if (bestEpoch == 0 || improves(current)) {
      best = current;
      bestEpoch = stats.epoch();
      wait = 0;
      if (bestModel != null) {
        bestModel.take();
      }
      return;
    }
    wait++;
    if (wait >= config.patience()) {
      boolean restore = config.restoreBest() && bestEpoch != stats.epoch();
      if (restore) {
        bestModel.restore();
      }
      control.stop(new EarlyStop(stats.epoch(), bestEpoch, config.monitor(), best, restore));
    }
  }

  private boolean improves(double current) {
    if (Double.isNaN(current)) {
      return false;
    }
    if (Double.isNaN(best)) {
      return true;
    }
    return config.maximizes() ? current > best + config.minDelta()
        : current < best - config.minDelta();
  }

  private double monitored(EpochStats stats) {
    return switch (config.monitor()) {
      case "val_loss" -> stats.valLoss();
      case "val_accuracy" -> stats.valAccuracy();
      case "accuracy" -> stats.accuracy();
      default -> stats.loss();
    };
  }

  EarlyStoppingProgress progress() {
    double[][] copy = new double[bestParameters.length][];
    for (int p = 0; p < copy.length; p++) {
      copy[p] = bestParameters[p].clone();
    }
    return new EarlyStoppingProgress(best, bestEpoch, wait, copy);
  }

  /** Arrays shaped as the best parameters, for {@link #copyProgress}. */
  double[][] newParameterArrays() {
    double[][] arrays = new double[bestParameters.length][];
    for (int p = 0; p < arrays.length; p++) {
      arrays[p] = new double[bestParameters[p].length];
    }
    return arrays;
  }

  /**
   * The progress as {@link #progress()} gives it, its best parameters copied into {@code
   * parameters} (from {@link #newParameterArrays}) rather than new arrays.
   */
  EarlyStoppingProgress copyProgress(double[][] parameters) {
    for (int p = 0; p < parameters.length; p++) {
      System.arraycopy(bestParameters[p], 0, parameters[p], 0, parameters[p].length);
    }
    return new EarlyStoppingProgress(best, bestEpoch, wait, parameters);
  }

  void restore(EarlyStoppingProgress progress) {
    best = progress.best();
    bestEpoch = progress.bestEpoch();
    wait = progress.epochsWithoutImprovement();
    for (int p = 0; p < bestParameters.length && p < progress.bestParameters().length; p++) {
      System.arraycopy(progress.bestParameters()[p], 0, bestParameters[p], 0,
          bestParameters[p].length);
    }
  }
}
