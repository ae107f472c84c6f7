package org.nnlab.core.init;

import java.util.SplittableRandom;

/**
 * Orthogonal initialisation, as PyTorch's {@code torch.nn.init.orthogonal_}: a standard normal
 * matrix with at least as many rows as columns is QR-decomposed, Q's columns are multiplied by
 * the signs of R's diagonal (so that Q is uniformly distributed), and the weights are Q, or its
 * transpose when the layer has fewer units than inputs.
 *
 * <p>QR by modified Gram–Schmidt, run twice over each column ("twice is enough", Giraud et al.,
 * 2005), which keeps the columns orthonormal to rounding for the matrices of a layer.
 */
final class Orthogonal {
  private Orthogonal() {}

  /**
   * Fills a {@code rows x cols} row-major weight matrix.
   *
   * @param weights the weights, {@code rows * cols} long
   * @param rows the units
   * @param cols the inputs
   * @param random the seeded stream
   */
  static void fill(double[] weights, int rows, int cols, SplittableRandom random) {
    boolean transpose = rows < cols;
    int tall = Math.max(rows, cols);
    int wide = Math.min(rows, cols);
    // q[j] is column j of the tall matrix, as in PyTorch's draw of a tall-by-wide normal matrix.
    double[][] q = new double[wide][tall];
    for (int i = 0; i < tall; i++) {
      for (int j = 0; j < wide; j++) {
        q[j][i] = Gaussian.next(random);
      }
    }
    for (int j = 0; j < wide; j++) {
      for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < j; k++) {
          double dot = dot(q[k], q[j]);
          for (int i = 0; i < tall; i++) {
            q[j][i] -= dot * q[k][i];
          }
        }
      }
      // r_jj is the norm, always positive here: the sign fix of PyTorch keeps Q as drawn.
      double norm = Math.sqrt(dot(q[j], q[j]));
      for (int i = 0; i < tall; i++) {
        q[j][i] /= norm;
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        weights[r * cols + c] = transpose ? q[r][c] : q[c][r];
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
