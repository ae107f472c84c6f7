package org.nnlab.core.stats;

import java.util.List;

/**
 * One epoch's per-layer gradient statistics, first layer first; empty lists when statistics are
 * off. A value that does not apply is {@code NaN} (written as {@code null} in JSON).
 *
 * @param gradNorms Frobenius norm of dL/dW per layer, averaged over the epoch's batches
 * @param biasGradNorms Euclidean norm of dL/db per layer, averaged over the epoch's batches
 * @param weightNorms Frobenius norm of W per layer at the end of the epoch
 * @param updateRatios |ΔW| / |W| per layer, averaged over the epoch's batches
 * @param activationGradMeans mean of f'(z) over the layer's units and the epoch's samples
 * @param saturatedFractions share of f'(z) values below 1% of the activation's peak derivative
 * @param deadFractions share of the layer's units whose f'(z) was exactly 0 for every sample of
 *     the epoch: units that passed no gradient at all (dead ReLUs, fully saturated units)
 */
public record LayerStats(
    List<Double> gradNorms,
    List<Double> biasGradNorms,
    List<Double> weightNorms,
    List<Double> updateRatios,
    List<Double> activationGradMeans,
    List<Double> saturatedFractions,
    List<Double> deadFractions) {

  /** No statistics: what an epoch has when {@code training.statistics} is {@code off}. */
  public static final LayerStats NONE =
      new LayerStats(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** Creates the record, copying the lists. */
  public LayerStats {
    gradNorms = DoubleList.copyOf(gradNorms);
    biasGradNorms = DoubleList.copyOf(biasGradNorms);
    weightNorms = DoubleList.copyOf(weightNorms);
    updateRatios = DoubleList.copyOf(updateRatios);
    activationGradMeans = DoubleList.copyOf(activationGradMeans);
    saturatedFractions = DoubleList.copyOf(saturatedFractions);
    deadFractions = DoubleList.copyOf(deadFractions);
  }

  /** The number of statistics per layer: the record's seven lists. */
  public static final int STATISTICS = 7;

  /**
   * The statistics of {@code layers} layers from one array that the caller hands over and does
   * not write again: {@code values[s * layers + l]} is statistic {@code s} (in the order of the
   * record's components) of layer {@code l}. The lists are views of the array, without boxing.
   */
  public static LayerStats of(int layers, double[] values) {
    if (values.length != STATISTICS * layers) {
      throw new IllegalArgumentException("expected " + STATISTICS * layers + " values for "
          + layers + " layers, found " + values.length);
    }
    return new LayerStats(new DoubleList(values, 0, layers),
        new DoubleList(values, layers, layers), new DoubleList(values, 2 * layers, layers),
        new DoubleList(values, 3 * layers, layers), new DoubleList(values, 4 * layers, layers),
        new DoubleList(values, 5 * layers, layers), new DoubleList(values, 6 * layers, layers));
  }

  /** Tells whether these are real statistics rather than {@link #NONE}. */
  public boolean measured() {
    return !gradNorms.isEmpty();
  }
}
