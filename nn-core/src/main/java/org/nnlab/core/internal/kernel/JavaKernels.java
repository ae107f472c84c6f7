package org.nnlab.core.internal.kernel;

/**
 * The pure-Java kernels: loops whose innermost index walks contiguous memory, four output rows
 * computed per pass over their input, and the output rows of large products split between
 * threads.
 *
 * <p>Splitting by output rows keeps results independent of the thread count: each entry is
 * computed by one thread, always in the same order.
 */
public final class JavaKernels implements MatrixKernels {
  /** Below this many multiply-adds a product runs on the calling thread. */
  static final long PARALLEL_THRESHOLD = 1L << 20;

  /** How many doubles of B one block of the forward product keeps in cache (256 KB). */
  static final int BLOCK_DOUBLES = 32 * 1024;

  private final ProductWorkers workers;

  /**
   * Creates kernels.
   *
   * @param threads how many threads share a large product, the caller included; 1 runs
   *     everything on the caller
   */
  public JavaKernels(int threads) {
    this.workers = new ProductWorkers(threads, PARALLEL_THRESHOLD);
  }

  /** The three products, each computing a range of its output rows. */
  enum Product {
    /** C = A · Bᵀ. */
    A_BT {
      @Override
      void rows(double[] a, double[] b, double[] c, int from, int to, int m, int k, int n) {
        abtRows(a, b, c, from, to, k, n);
      }
    },
    /** C = Aᵀ · B. */
    AT_B {
      @Override
      void rows(double[] a, double[] b, double[] c, int from, int to, int m, int k, int n) {
        atbRows(a, b, c, from, to, m, k, n);
      }
    },
    /** C = A · B. */
    A_B {
      @Override
      void rows(double[] a, double[] b, double[] c, int from, int to, int m, int k, int n) {
        abRows(a, b, c, from, to, k, n);
      }
    };

    abstract void rows(double[] a, double[] b, double[] c, int from, int to, int m, int k, int n);
  }

  @Override
  public void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n) {
    if (workers.runsOnCaller(m, (long) m * k * n)) {
      abtRows(a, b, c, 0, m, k, n);
    } else {
      workers.run(Product.A_BT, a, b, c, m, k, n, m);
    }
  }

  // Four rows of A share each pass over a row of B, and B is walked in blocks that stay in
  // cache; each entry is still one sum over p in increasing order, whatever the split.
  private static void abtRows(double[] a, double[] b, double[] c, int from, int to, int k, int n) {
    int block = Math.max(1, BLOCK_DOUBLES / Math.max(1, k));
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
          c[i * n + j] = s0;
          c[(i + 1) * n + j] = s1;
          c[(i + 2) * n + j] = s2;
          c[(i + 3) * n + j] = s3;
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
          c[i * n + j] = sum;
        }
      }
    }
  }

  @Override
  public void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n) {
    if (workers.runsOnCaller(k, (long) m * k * n)) {
      atbRows(a, b, c, 0, k, m, k, n);
    } else {
      workers.run(Product.AT_B, a, b, c, m, k, n, k);
    }
  }

  // Rows from..to of C = Aᵀ·B, four rows per pass over each row of B; every entry sums over i
  // in increasing order.
  private static void atbRows(
      double[] a, double[] b, double[] c, int from, int to, int m, int k, int n) {
    for (int q = from * n; q < to * n; q++) {
      c[q] = 0.0;
    }
    int p = from;
    for (; p + 3 < to; p += 4) {
      int c0 = p * n;
      int c1 = c0 + n;
      int c2 = c1 + n;
      int c3 = c2 + n;
      for (int i = 0; i < m; i++) {
        int ai = i * k + p;
        double s0 = a[ai];
        double s1 = a[ai + 1];
        double s2 = a[ai + 2];
        double s3 = a[ai + 3];
        int bi = i * n;
        for (int q = 0; q < n; q++) {
          double x = b[bi + q];
          c[c0 + q] += s0 * x;
          c[c1 + q] += s1 * x;
          c[c2 + q] += s2 * x;
          c[c3 + q] += s3 * x;
        }
      }
    }
    for (; p < to; p++) {
      int cp = p * n;
      for (int i = 0; i < m; i++) {
        double scale = a[i * k + p];
        int bi = i * n;
        for (int q = 0; q < n; q++) {
          c[cp + q] += scale * b[bi + q];
        }
      }
    }
  }

  @Override
  public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
    if (workers.runsOnCaller(m, (long) m * k * n)) {
      abRows(a, b, c, 0, m, k, n);
    } else {
      workers.run(Product.A_B, a, b, c, m, k, n, m);
    }
  }

  // Four rows of C per pass over B; every entry sums over p in increasing order.
  private static void abRows(double[] a, double[] b, double[] c, int from, int to, int k, int n) {
    for (int q = from * n; q < to * n; q++) {
      c[q] = 0.0;
    }
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

  @Override
  public void addToRows(double[] m, double[] v, int rows, int cols) {
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        m[row + j] += v[j];
      }
    }
  }

  @Override
  public void columnSums(double[] m, double[] out, int rows, int cols) {
    for (int j = 0; j < cols; j++) {
      out[j] = 0.0;
    }
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        out[j] += m[row + j];
      }
    }
  }

  @Override
  public void multiplyElementwise(double[] a, double[] b, double[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[i] = a[i] * b[i];
    }
  }

  @Override
  public double sumOfSquares(double[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i] * a[i];
    }
    return sum;
  }

  @Override
  public double squaredDistance(double[] a, double[] b, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  @Override
  public double sum(double[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i];
    }
    return sum;
  }

  @Override
  public int countBelowInMagnitude(double[] a, int count, double threshold) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      if (Math.abs(a[i]) < threshold) {
        below++;
      }
    }
    return below;
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float sum = 0;
        for (int p = 0; p < k; p++) {
          float x = transposeA ? a[p * m + i] : a[i * k + p];
          float y = transposeB ? b[j * k + p] : b[p * n + j];
          sum += x * y;
        }
        c[i * n + j] = accumulate ? c[i * n + j] + sum : sum;
      }
    }
  }

  @Override
  public void addToRows(float[] m, float[] v, int rows, int cols) {
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        m[row + j] += v[j];
      }
    }
  }

  @Override
  public void columnSums(float[] m, float[] out, int rows, int cols) {
    for (int j = 0; j < cols; j++) {
      double sum = 0;
      for (int i = 0; i < rows; i++) {
        sum += m[i * cols + j];
      }
      out[j] = (float) sum;
    }
  }

  @Override
  public void multiplyElementwise(float[] a, float[] b, float[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[i] = a[i] * b[i];
    }
  }

  @Override
  public double sumOfSquares(float[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += (double) a[i] * a[i];
    }
    return sum;
  }

  @Override
  public double squaredDistance(float[] a, float[] b, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double d = (double) a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  @Override
  public double sum(float[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i];
    }
    return sum;
  }

  @Override
  public int countBelowInMagnitude(float[] a, int count, double threshold) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      if (Math.abs(a[i]) < threshold) {
        below++;
      }
    }
    return below;
  }
}
