package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
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
    record.layers(new LayerStats(
        each(LayerAccumulator::gradNorm),
        each(LayerAccumulator::biasGradNorm),
        each(LayerAccumulator::weightNorm),
        each(LayerAccumulator::updateRatio),
        each(LayerAccumulator::activationGradMean),
        each(LayerAccumulator::saturatedFraction),
        each(LayerAccumulator::deadFraction)));
  }

  private List<Double> each(ToDoubleFunction<LayerAccumulator> statistic) {
    List<Double> values = new ArrayList<>(layers.size());
    for (LayerAccumulator layer : layers) {
      values.add(statistic.applyAsDouble(layer));
    }
    return values;
  }
}
