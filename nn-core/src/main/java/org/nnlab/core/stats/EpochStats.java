package org.nnlab.core.stats;

import java.util.List;

/**
 * What one epoch of training measured. A value that does not apply is {@code NaN} (written as
 * {@code null} in JSON), such as the weight norms of a layer without weights.
 *
 * @param epoch the 1-based epoch number
 * @param loss the mean of the epoch's batch losses, each computed before its update
 * @param accuracy the share of samples classified correctly, before each batch's update; {@code
 *     NaN} when the task is not classification
 * @param valLoss the loss on the validation data with the epoch's final parameters, in
 *     evaluation mode (the mean over its samples); {@code NaN} without validation data
 * @param valAccuracy the share of validation samples classified correctly, measured with
 *     {@code valLoss}; {@code NaN} without validation data or for regression
 * @param learningRate the learning rate the epoch's steps were given (the optimizer's, as the
 *     schedule set it for the epoch); {@code NaN} in a history saved before it was recorded
 * @param layers the per-layer gradient statistics; {@link LayerStats#NONE} when they are off
 */
public record EpochStats(
    int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
    double learningRate, LayerStats layers) {

  /** Tells whether accuracy was measured. */
  public boolean hasAccuracy() {
    return !Double.isNaN(accuracy);
  }

  /** Tells whether the epoch was measured on validation data. */
  public boolean hasValidation() {
    return !Double.isNaN(valLoss);
  }

  /** Frobenius norm of dL/dW per layer, averaged over the epoch's batches. */
  public List<Double> gradNorms() {
    return layers.gradNorms();
  }

  /** Euclidean norm of dL/db per layer, averaged over the epoch's batches. */
  public List<Double> biasGradNorms() {
    return layers.biasGradNorms();
  }

  /** Frobenius norm of W per layer at the end of the epoch. */
  public List<Double> weightNorms() {
    return layers.weightNorms();
  }

  /** |ΔW| / |W| per layer, averaged over the epoch's batches. */
  public List<Double> updateRatios() {
    return layers.updateRatios();
  }

  /** Mean of f'(z) over the layer's units and the epoch's samples. */
  public List<Double> activationGradMeans() {
    return layers.activationGradMeans();
  }

  /** Share of f'(z) values below 1% of the activation's peak derivative. */
  public List<Double> saturatedFractions() {
    return layers.saturatedFractions();
  }

  /** Share of the layer's units whose f'(z) was exactly 0 for every sample of the epoch. */
  public List<Double> deadFractions() {
    return layers.deadFractions();
  }
}
