package org.nnlab.core.internal.kernel;

/**
 * The scalar product loops of {@link JavaKernels} on {@code double}: innermost indices walk
 * contiguous memory and four output rows share each pass over their input. {@link JavaLoops32} is
 * the same code on {@code float} (generated from this file: {@code double} becomes {@code
 * float}); change both together.
 */
final class JavaLoops64 {
  /** How many doubles of B one block of the C = A · Bᵀ product keeps in cache (256 KB). */
  static final int BLOCK_ENTRIES = 32 * 1024;

  private JavaLoops64() {}

  /**
   * Rows {@code from..to} of C = op(A) · op(B) (or C += when {@code accumulate}); see {@link
   * MatrixKernels#gemm(boolean, boolean, int, int, int, double[], double[], double[], boolean)}.
   * Every entry is one sum over p in increasing order, whatever the split.
   */
  static void gemmRows(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a,
      double[] b, double[] c, boolean accumulate, int from, int to) {
    if (!accumulate) {
      for (int q = from * n; q < to * n; q++) {
        c[q] = 0;
      }
    }
    if (transposeB) {
      if (transposeA) {
        atbtRows(a, b, c, from, to, m, n, k);
      } else {
        abtRows(a, b, c, from, to, k, n);
      }
    } else if (transposeA) {
      atbRows(a, b, c, from, to, m, n, k);
    } else {
      abRows(a, b, c, from, to, k, n);
    }
  }

  // C += A · Bᵀ: four rows of A share each pass over a row of B, and B is walked in blocks that
  // stay in cache.
  private static void abtRows(double[] a, double[] b, double[] c, int from, int to, int k, int n) {
    int block = Math.max(1, BLOCK_ENTRIES / Math.max(1, k));
    for (int j0 = 0; j0 < n; j0 += block) {
      int j1 = Math.min(n, j0 + block);
      int i = from;
      for (; i + 3 < to; i += 4) {
        int a0 = i * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        for (int j = j0; j < j1; j++) {
          int bj = j * k;
          double s0 = 0;
          double s1 = 0;
          double s2 = 0;
          double s3 = 0;
          for (int p = 0; p < k; p++) {
            double w = b[bj + p];
            s0 += a[a0 + p] * w;
            s1 += a[a1 + p] * w;
            s2 += a[a2 + p] * w;
            s3 += a[a3 + p] * w;
          }
          c[i * n + j] += s0;
          c[(i + 1) * n + j] += s1;
          c[(i + 2) * n + j] += s2;
          c[(i + 3) * n + j] += s3;
        }
      }
      for (; i < to; i++) {
        int ai = i * k;
        for (int j = j0; j < j1; j++) {
          int bj = j * k;
          double sum = 0;
          for (int p = 0; p < k; p++) {
            sum += a[ai + p] * b[bj + p];
          }
          c[i * n + j] += sum;
        }
      }
    }
  }

  // C += Aᵀ · B with A stored k x m: four rows of C per pass over each row of B.
  private static void atbRows(
      double[] a, double[] b, double[] c, int from, int to, int m, int n, int k) {
    int i = from;
    for (; i + 3 < to; i += 4) {
      int c0 = i * n;
      int c1 = c0 + n;
      int c2 = c1 + n;
      int c3 = c2 + n;
      for (int p = 0; p < k; p++) {
        int ap = p * m + i;
        double s0 = a[ap];
        double s1 = a[ap + 1];
        double s2 = a[ap + 2];
        double s3 = a[ap + 3];
        int bp = p * n;
        for (int q = 0; q < n; q++) {
          double x = b[bp + q];
          c[c0 + q] += s0 * x;
          c[c1 + q] += s1 * x;
          c[c2 + q] += s2 * x;
          c[c3 + q] += s3 * x;
        }
      }
    }
    for (; i < to; i++) {
      int ci = i * n;
      for (int p = 0; p < k; p++) {
        double scale = a[p * m + i];
        int bp = p * n;
        for (int q = 0; q < n; q++) {
          c[ci + q] += scale * b[bp + q];
        }
      }
    }
  }

  // C += A · B: four rows of C per pass over B.
  private static void abRows(double[] a, double[] b, double[] c, int from, int to, int k, int n) {
    int i = from;
    for (; i + 3 < to; i += 4) {
      int c0 = i * n;
      int c1 = c0 + n;
      int c2 = c1 + n;
      int c3 = c2 + n;
      for (int p = 0; p < k; p++) {
        double s0 = a[i * k + p];
        double s1 = a[(i + 1) * k + p];
        double s2 = a[(i + 2) * k + p];
        double s3 = a[(i + 3) * k + p];
        int bp = p * n;
        for (int q = 0; q < n; q++) {
          double w = b[bp + q];
          c[c0 + q] += s0 * w;
          c[c1 + q] += s1 * w;
          c[c2 + q] += s2 * w;
          c[c3 + q] += s3 * w;
        }
      }
    }
    for (; i < to; i++) {
      int ci = i * n;
      for (int p = 0; p < k; p++) {
        double scale = a[i * k + p];
        int bp = p * n;
        for (int q = 0; q < n; q++) {
          c[ci + q] += scale * b[bp + q];
        }
      }
    }
  }

  // C += Aᵀ · Bᵀ with A stored k x m and B stored n x k: one dot product per entry.
  private static void atbtRows(
      double[] a, double[] b, double[] c, int from, int to, int m, int n, int k) {
    for (int i = from; i < to; i++) {
      for (int j = 0; j < n; j++) {
        int bj = j * k;
        double sum = 0;
        for (int p = 0; p < k; p++) {
          sum += a[p * m + i] * b[bj + p];
        }
        c[i * n + j] += sum;
      }
    }
  }
}
