package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.stats.LayerStats;

/**
 * The per-layer gradient statistics of {@code training.statistics: every_batch}: accumulated
 * batch by batch without allocating, and added to each epoch's record at its end.
 */
public final class GradientStatistics implements TrainingListener {
  private final List<LayerAccumulator> layers = new ArrayList<>();

  /**
   * Creates the statistics for a network.
   *
   * @param network the network being trained
   * @param kernels the kernels used for norms and sums
   */
  public GradientStatistics(Network network, MatrixKernels kernels) {
    for (NetworkLayer layer : network.layers()) {
      layers.add(new LayerAccumulator(layer, kernels));
    }
  }

  @Override
  public void onEpochStart(int epoch) {
    layers.forEach(LayerAccumulator::reset);
  }

  @Override
  public void afterBackward(Batch batch) {
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).recordGradients(batch, batch.firstParameter(l));
    }
  }

  @Override
  public void afterStep(Batch batch) {
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).recordUpdate(batch, batch.firstParameter(l));
    }
  }

  @Override
  public void measureEpoch(EpochRecord record) {
    int count = layers.size();
    double[] values = new double[LayerStats.STATISTICS * count];
    for (int l = 0; l < count; l++) {
      LayerAccumulator layer = layers.get(l);
      values[l] = layer.gradNorm();
      values[count + l] = layer.biasGradNorm();
      values[2 * count + l] = layer.weightNorm();
      values[3 * count + l] = layer.updateRatio();
      values[4 * count + l] = layer.activationGradMean();
      values[5 * count + l] = layer.saturatedFraction();
      values[6 * count + l] = layer.deadFraction();
    }
    record.layers(LayerStats.of(count, values));
  }
}
