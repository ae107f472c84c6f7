package org.nnlab.core.model;

import org.nnlab.api.Matrix;
import org.nnlab.api.Precision;

/** Element-wise sums of equally shaped matrices in either precision, as residual blocks need. */
final class MatrixSums {
  private MatrixSums() {}

  /** out = a + b over a's meaningful entries; out may be a. */
  static void add(Matrix a, Matrix b, Matrix out) {
    int size = a.size();
    if (a.precision() == Precision.FLOAT64) {
      double[] x = a.data();
      double[] y = b.data();
      double[] z = out.data();
      for (int i = 0; i < size; i++) {
        z[i] = x[i] + y[i];
      }
    } else {
      float[] x = a.floats();
      float[] y = b.floats();
      float[] z = out.floats();
      for (int i = 0; i < size; i++) {
        z[i] = x[i] + y[i];
      }
    }
  }
}
