package org.nnlab.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;

/**
 * Accumulates an epoch's statistics batch by batch, without allocating, and turns them into an
 * {@link EpochStats} at the end of the epoch.
 */
public final class GradientStatistics {
  private final List<LayerAccumulator> layers = new ArrayList<>();
  private double lossSum;
  private int batches;
  private long correct;
  private long classified;

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

  /** Clears everything for a new epoch. */
  public void startEpoch() {
    layers.forEach(LayerAccumulator::reset);
    lossSum = 0;
    batches = 0;
    correct = 0;
    classified = 0;
  }

  /** Records one batch's loss and, for classification, how many of its samples were right. */
  public void recordLoss(double loss, int correctInBatch, int samplesInBatch) {
    lossSum += loss;
    batches++;
    correct += correctInBatch;
    classified += samplesInBatch;
  }

  /**
   * Records the gradients of the batch just back-propagated.
   *
   * @return the 0-based index of the last layer whose gradient is not finite, or −1 when all are
   */
  public int recordGradients() {
    int bad = -1;
    for (int i = 0; i < layers.size(); i++) {
      if (!layers.get(i).recordGradients()) {
        bad = i;
      }
    }
    return bad;
  }

  /**
   * Records the update just applied to one layer.
   *
   * @param layer the 0-based layer index
   * @param before the values of the layer's parameters before the update, in parameter order
   * @return false when a value after the update is not finite
   */
  public boolean recordUpdate(int layer, double[][] before) {
    return layers.get(layer).recordUpdate(before);
  }

  /**
   * Finishes the epoch.
   *
   * @param epoch the 1-based epoch number
   * @param classification whether accuracy applies
   * @return the epoch's statistics
   */
  public EpochStats finishEpoch(int epoch, boolean classification) {
    double accuracy = classification && classified > 0 ? (double) correct / classified
        : Double.NaN;
    return new EpochStats(
        epoch,
        batches == 0 ? Double.NaN : lossSum / batches,
        accuracy,
        each(LayerAccumulator::gradNorm),
        each(LayerAccumulator::biasGradNorm),
        each(LayerAccumulator::weightNorm),
        each(LayerAccumulator::updateRatio),
        each(LayerAccumulator::activationGradMean),
        each(LayerAccumulator::saturatedFraction));
  }

  private List<Double> each(ToDoubleFunction<LayerAccumulator> statistic) {
    List<Double> values = new ArrayList<>(layers.size());
    for (LayerAccumulator layer : layers) {
      values.add(statistic.applyAsDouble(layer));
    }
    return values;
  }
}
