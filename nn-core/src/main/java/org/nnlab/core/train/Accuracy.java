package org.nnlab.core.train;

import org.nnlab.api.Matrix;

/**
 * Counts correct classifications in a batch: the largest output against the largest target for
 * several outputs, or both sides of 0.5 for a single output.
 */
final class Accuracy {
  private Accuracy() {}

  static int correct(Matrix output, Matrix target) {
    int rows = output.rows();
    int cols = output.cols();
    double[] o = output.data();
    double[] t = target.data();
    int correct = 0;
    for (int r = 0; r < rows; r++) {
      int row = r * cols;
      if (cols == 1) {
        correct += (o[row] >= 0.5) == (t[row] >= 0.5) ? 1 : 0;
      } else {
        correct += argmax(o, row, cols) == argmax(t, row, cols) ? 1 : 0;
      }
    }
    return correct;
  }

  private static int argmax(double[] values, int from, int count) {
    int best = 0;
    for (int j = 1; j < count; j++) {
      if (values[from + j] > values[from + best]) {
        best = j;
      }
    }
    return best;
  }
}
