package org.nnlab.core.stats;

import java.util.List;

/**
 * What one epoch of training measured. Per-layer lists run from the first layer to the last; a
 * value that does not apply is {@code NaN} (written as {@code null} in JSON), such as the weight
 * norms of a layer without weights.
 *
 * @param epoch the 1-based epoch number
 * @param loss the mean of the epoch's batch losses, each computed before its update
 * @param accuracy the share of samples classified correctly, before each batch's update; {@code
 *     NaN} when the task is not classification
 * @param gradNorms Frobenius norm of dL/dW per layer, averaged over the epoch's batches
 * @param biasGradNorms Euclidean norm of dL/db per layer, averaged over the epoch's batches
 * @param weightNorms Frobenius norm of W per layer at the end of the epoch
 * @param updateRatios |ΔW| / |W| per layer, averaged over the epoch's batches
 * @param activationGradMeans mean of f'(z) over the layer's units and the epoch's samples
 * @param saturatedFractions share of |f'(z)| values below 1% of the activation's peak derivative
 */
public record EpochStats(
    int epoch,
    double loss,
    double accuracy,
    List<Double> gradNorms,
    List<Double> biasGradNorms,
    List<Double> weightNorms,
    List<Double> updateRatios,
    List<Double> activationGradMeans,
    List<Double> saturatedFractions) {

  /** Creates the record, copying the lists. */
  public EpochStats {
    gradNorms = List.copyOf(gradNorms);
    biasGradNorms = List.copyOf(biasGradNorms);
    weightNorms = List.copyOf(weightNorms);
    updateRatios = List.copyOf(updateRatios);
    activationGradMeans = List.copyOf(activationGradMeans);
    saturatedFractions = List.copyOf(saturatedFractions);
  }

  /** Tells whether accuracy was measured. */
  public boolean hasAccuracy() {
    return !Double.isNaN(accuracy);
  }
}
