package org.nnlab.core.train;

import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;

/**
 * What a loss does to the network's raw outputs before comparing them with the targets, as it
 * declares it ({@link Loss#appliesSoftmax()}, {@link Loss#appliesSigmoid()}): it decides how an
 * output row is read as a class and as probabilities.
 */
public enum OutputTransform {
  /** The outputs are used as they are. */
  NONE,
  /** The outputs are logits of a softmax over the row. */
  SOFTMAX,
  /** Each output is the logit of a sigmoid. */
  SIGMOID;

  /**
   * The class a row of outputs stands for: the largest column for several columns (softmax and
   * sigmoid are increasing, so the largest logit is the largest probability), and for a single
   * column 1 when it is on the second class's side of the decision boundary (0.5 for raw
   * outputs, 0 for a sigmoid's logit, where σ(z) = 0.5), 0 otherwise.
   *
   * @param outputs the network's outputs
   * @param row the row, from 0 to {@code rows() - 1}
   * @return the class index
   */
  public int classOf(Matrix outputs, int row) {
    if (this == SIGMOID && outputs.cols() == 1) {
      return outputs.data()[row] >= 0 ? 1 : 0;
    }
    return Accuracy.classOf(outputs, row);
  }

  /**
   * Writes what a row of outputs says of each class. Softmax logits become probabilities with
   * the log-sum-exp shift, so that large logits neither overflow nor lose precision; sigmoid
   * logits become σ(z) each; raw outputs are copied. A single output o for two classes gives 1 − p
   * and p, where p is σ(o) for a sigmoid and o itself otherwise.
   *
   * @param outputs the output rows, row-major
   * @param from the index of the row's first output
   * @param cols the outputs per row
   * @param classes receives one value per class: {@code cols} of them, or 2 for a single output
   */
  public void probabilities(double[] outputs, int from, int cols, double[] classes) {
    if (cols == 1) {
      double o = outputs[from];
      classes[0] = this == SIGMOID ? sigmoid(-o) : 1 - o;
      classes[1] = this == SIGMOID ? sigmoid(o) : o;
      return;
    }
    if (this == NONE) {
      System.arraycopy(outputs, from, classes, 0, cols);
      return;
    }
    if (this == SIGMOID) {
      for (int j = 0; j < cols; j++) {
        classes[j] = sigmoid(outputs[from + j]);
      }
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

  // σ(z) and σ(−z) each computed directly, so that the smaller keeps its precision.
  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
