package org.nnlab.core.train;

import java.util.List;
import org.nnlab.api.Buffer;
import org.nnlab.api.Parameter;
import org.nnlab.core.checkpoint.EarlyStoppingProgress;
import org.nnlab.core.config.EarlyStoppingConfig;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.ParameterCopy;
import org.nnlab.core.stats.EpochStats;

/**
 * Ends training when the monitored value has not improved by more than {@code min_delta} for
 * {@code patience} epochs, as Keras' {@code EarlyStopping}; with {@code restore_best} the model
 * then gets back the parameters of its best epoch, and the buffers (running statistics) that
 * went with them.
 */
public final class EarlyStopping implements TrainingListener {
  private final EarlyStoppingConfig config;
  // The live arrays: every parameter's values, then every buffer's (running statistics).
  private final List<Parameter> parameters;
  private final List<double[]> buffers;
  private final double[][] bestParameters;
  private double best;
  private int bestEpoch;
  private int wait;

  EarlyStopping(EarlyStoppingConfig config, Network network) {
    this.config = config;
    this.parameters = List.copyOf(network.parameters());
    this.buffers = network.buffers().stream().map(Buffer::values).toList();
    this.bestParameters = new double[config.restoreBest() ? parameters.size() + buffers.size()
        : 0][];
    for (int p = 0; p < bestParameters.length; p++) {
      bestParameters[p] = new double[p < parameters.size() ? parameters.get(p).size()
          : buffers.get(p - parameters.size()).length];
    }
    this.best = Double.NaN;
  }

  @Override
  public void onEpochEnd(EpochStats stats, TrainingControl control) {
    double current = monitored(stats);
    if (bestEpoch == 0 || improves(current)) {
      best = current;
      bestEpoch = stats.epoch();
      wait = 0;
      for (int p = 0; p < bestParameters.length; p++) {
        if (p < parameters.size()) {
          ParameterCopy.valuesInto(parameters.get(p), bestParameters[p]);
        } else {
          System.arraycopy(buffers.get(p - parameters.size()), 0, bestParameters[p], 0,
              bestParameters[p].length);
        }
      }
      return;
    }
    wait++;
    if (wait >= config.patience()) {
      boolean restore = config.restoreBest() && bestEpoch != stats.epoch();
      if (restore) {
        for (int p = 0; p < bestParameters.length; p++) {
          if (p < parameters.size()) {
            ParameterCopy.setValues(parameters.get(p), bestParameters[p]);
          } else {
            System.arraycopy(bestParameters[p], 0, buffers.get(p - parameters.size()), 0,
                bestParameters[p].length);
          }
        }
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
