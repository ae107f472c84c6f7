package org.nnlab.core.train;

/** Sums an epoch's batch losses and correct classifications as training goes. */
final class EpochMetrics {
  private double lossSum;
  private int batches;
  private long correct;
  private long classified;

  void reset() {
    lossSum = 0;
    batches = 0;
    correct = 0;
    classified = 0;
  }

  void record(double loss, int correctInBatch, int samplesInBatch) {
    lossSum += loss;
    batches++;
    correct += correctInBatch;
    classified += samplesInBatch;
  }

  /** The mean batch loss. */
  double loss() {
    return batches == 0 ? Double.NaN : lossSum / batches;
  }

  /** The share classified correctly, or NaN when not classification. */
  double accuracy(boolean classification) {
    return classification && classified > 0 ? (double) correct / classified : Double.NaN;
  }
}
