package org.nnlab.core.train;

import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.LayerStats;

/** An epoch's measurements as they are gathered, before they become an {@link EpochStats}. */
public final class EpochRecord {
  private final int epoch;
  private final double loss;
  private final double accuracy;
  private final double valLoss;
  private final double valAccuracy;
  private final double learningRate;
  private LayerStats layers = LayerStats.NONE;

  EpochRecord(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
      double learningRate) {
    this.epoch = epoch;
    this.loss = loss;
    this.accuracy = accuracy;
    this.valLoss = valLoss;
    this.valAccuracy = valAccuracy;
    this.learningRate = learningRate;
  }

  /** The 1-based epoch. */
  public int epoch() {
    return epoch;
  }

  /** Adds the epoch's per-layer statistics. */
  public void layers(LayerStats stats) {
    this.layers = stats;
  }

  EpochStats build() {
    return new EpochStats(epoch, loss, accuracy, valLoss, valAccuracy, learningRate, layers);
  }
}
