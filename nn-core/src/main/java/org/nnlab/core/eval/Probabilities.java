package org.nnlab.core.eval;

/**
 * What a classifier's output row says of each class. For a loss that applies softmax the
 * outputs are logits, turned into probabilities with the log-sum-exp shift (so that large logits
 * neither overflow nor lose precision); otherwise they are the raw outputs, one per class, and
 * a single output o for two classes gives 1 − o and o.
 */
final class Probabilities {
  private Probabilities() {}

  /**
   * Writes one value per class.
   *
   * @param outputs the output rows, row-major
   * @param from the index of the row's first output
   * @param cols the outputs per row
   * @param softmax whether the outputs are logits
   * @param classes receives one value per class: {@code cols} of them, or 2 for a single output
   */
  static void of(double[] outputs, int from, int cols, boolean softmax, double[] classes) {
    if (cols == 1) {
      classes[0] = 1 - outputs[from];
      classes[1] = outputs[from];
      return;
    }
    if (!softmax) {
      System.arraycopy(outputs, from, classes, 0, cols);
      return;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < cols; j++) {
      max = Math.max(max, outputs[from + j]);
    }
    double sum = 0;
    for (int j = 0; j < cols; j++) {
      classes[j] = Math.exp(outputs[from + j] - max);
      sum += classes[j];
    }
    for (int j = 0; j < cols; j++) {
      classes[j] /= sum;
    }
  }
}
