package org.nnlab.core.data;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Matrix;

/**
 * {@code data.standardize}: each input column becomes (x − mean) / scale, with the mean and the
 * population standard deviation of the training rows only, as scikit-learn's {@code
 * StandardScaler}. A column that is constant in the training rows has scale 1: it is centred,
 * not scaled.
 *
 * @param mean the mean of each input column
 * @param scale the standard deviation of each input column, 1 for a constant one
 */
public record Standardization(double[] mean, double[] scale) {

  /**
   * Measures the columns of the training inputs.
   *
   * @param inputs the training rows
   * @return the statistics
   */
  public static Standardization fit(Matrix inputs) {
    int rows = inputs.rows();
    int cols = inputs.cols();
    double[] x = inputs.data();
    double[] mean = new double[cols];
    double[] scale = new double[cols];
    for (int c = 0; c < cols; c++) {
      double sum = 0;
      for (int r = 0; r < rows; r++) {
        sum += x[r * cols + c];
      }
      mean[c] = sum / rows;
      double squares = 0;
      for (int r = 0; r < rows; r++) {
        double d = x[r * cols + c] - mean[c];
        squares += d * d;
      }
      double deviation = Math.sqrt(squares / rows);
      scale[c] = deviation > 0 ? deviation : 1.0;
    }
    return new Standardization(mean, scale);
  }

  /**
   * The columns that were constant in the training rows (scale 1, deviation 0), as a check the
   * caller warns about.
   *
   * @param inputs the training rows the statistics came from
   * @return their 0-based indices
   */
  public List<Integer> constantColumns(Matrix inputs) {
    List<Integer> constant = new ArrayList<>();
    int cols = inputs.cols();
    for (int c = 0; c < cols; c++) {
      boolean same = true;
      for (int r = 1; r < inputs.rows() && same; r++) {
        same = inputs.data()[r * cols + c] == inputs.data()[c];
      }
      if (same) {
        constant.add(c);
      }
    }
    return constant;
  }

  /**
   * Standardizes inputs in place.
   *
   * @param inputs rows of as many columns as the statistics have
   */
  public void apply(Matrix inputs) {
    apply(inputs.data(), inputs.rows(), inputs.cols());
  }

  /** Standardizes the first {@code rows} rows of a row-major array in place. */
  public void apply(double[] x, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
      int row = r * cols;
      for (int c = 0; c < cols; c++) {
        x[row + c] = (x[row + c] - mean[c]) / scale[c];
      }
    }
  }
}
