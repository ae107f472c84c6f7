package org.nnlab.core.train;

import org.nnlab.api.Matrix;

/**
 * Which class a row of outputs or targets stands for, and how many of a batch's rows a network
 * classified correctly: the largest column for several columns (the first of equal ones), or
 * which side of 0.5 a single column is on (of 0 for a sigmoid's logit, {@link
 * OutputTransform#classOf}).
 */
public final class Accuracy {
  private Accuracy() {}

  static int correct(Matrix output, Matrix target, OutputTransform transform) {
    int correct = 0;
    for (int r = 0; r < output.rows(); r++) {
      correct += transform.classOf(output, r) == classOf(target, r) ? 1 : 0;
    }
    return correct;
  }

  /**
   * The class of one row, as training's accuracy counts it.
   *
   * @param values outputs or encoded targets
   * @param row the row, from 0 to {@code rows() - 1}
   * @return the index of the largest column, or for a single column 1 when it is at least 0.5
   *     and 0 otherwise
   */
  public static int classOf(Matrix values, int row) {
    int cols = values.cols();
    double[] v = values.data();
    int from = row * cols;
    if (cols == 1) {
      return v[from] >= 0.5 ? 1 : 0;
    }
    int best = 0;
    for (int j = 1; j < cols; j++) {
      if (v[from + j] > v[from + best]) {
        best = j;
      }
    }
    return best;
  }
}
