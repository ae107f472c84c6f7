package org.nnlab.core.data;

import java.util.List;
import org.nnlab.api.Matrix;

/**
 * Samples ready for training: one row per sample, targets already encoded for the model's loss.
 *
 * @param inputs {@code samples x inputs}
 * @param targets {@code samples x outputs}
 * @param classNames the class labels, in target-column order, when the targets are classes;
 *     empty otherwise
 * @param classification whether accuracy applies: targets are classes (one-hot, or a single 0/1
 *     column)
 * @param description a short description for the terminal, such as {@code spiral, 300 samples}
 * @param inputNames the input columns' names, or empty when the data has none
 * @param targetNames the target columns' names, or empty when the data has none
 */
public record Dataset(
    Matrix inputs,
    Matrix targets,
    List<String> classNames,
    boolean classification,
    String description,
    List<String> inputNames,
    List<String> targetNames) {

  /** Creates the record, copying the lists. */
  public Dataset {
    classNames = List.copyOf(classNames);
    inputNames = List.copyOf(inputNames);
    targetNames = List.copyOf(targetNames);
  }

  /** The number of samples. */
  public int size() {
    return inputs.rows();
  }

  /** The class of sample {@code row}: the largest target column, or the 0/1 of a single one. */
  public int classOf(int row) {
    int cols = targets.cols();
    double[] t = targets.data();
    if (cols == 1) {
      return t[row] >= 0.5 ? 1 : 0;
    }
    int best = 0;
    for (int j = 1; j < cols; j++) {
      if (t[row * cols + j] > t[row * cols + best]) {
        best = j;
      }
    }
    return best;
  }

  /** The samples at the given rows, in that order, as a data set of their own. */
  public Dataset rows(int[] rows, String description) {
    return new Dataset(copyRows(inputs, rows), copyRows(targets, rows), classNames,
        classification, description, inputNames, targetNames);
  }

  private static Matrix copyRows(Matrix matrix, int[] rows) {
    Matrix copy = new Matrix(rows.length, matrix.cols());
    int cols = matrix.cols();
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(matrix.data(), rows[r] * cols, copy.data(), r * cols, cols);
    }
    return copy;
  }
}
