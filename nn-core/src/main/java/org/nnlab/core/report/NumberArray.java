package org.nnlab.core.report;

/**
 * A list of numbers, or a matrix written as a list of rows, in a tree for {@link YamlWriter}:
 * kept as one flat array so that large parameters are written without boxing each number, and
 * can go to the sidecar file of a saved model.
 *
 * @param values the numbers, row after row; not copied, so not to be changed afterwards
 * @param rows the number of rows (1 for a list)
 * @param cols the numbers per row
 * @param matrix whether it is written as a list of rows rather than one list
 */
record NumberArray(double[] values, int rows, int cols, boolean matrix) {

  /** A list of numbers. */
  static NumberArray vector(double[] values) {
    return new NumberArray(values, 1, values.length, false);
  }

  /** A matrix stored row after row. */
  static NumberArray matrix(double[] values, int rows, int cols) {
    return new NumberArray(values, rows, cols, true);
  }

  /** A matrix given as rows of equal length, copied. */
  static NumberArray matrix(double[][] rows) {
    int cols = rows.length == 0 ? 0 : rows[0].length;
    double[] values = new double[rows.length * cols];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, values, r * cols, cols);
    }
    return matrix(values, rows.length, cols);
  }

  /** How many numbers it holds. */
  int size() {
    return values.length;
  }
}
