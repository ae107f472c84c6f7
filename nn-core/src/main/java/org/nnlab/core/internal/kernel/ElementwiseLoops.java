package org.nnlab.core.internal.kernel;

/**
 * The element-wise operations and reductions as plain loops, shared by both kernels (the JIT
 * vectorizes the element-wise ones). A reduction of the elements from {@code from} keeps {@link
 * #LANES} sums, sum {@code j} of the elements {@code i} with {@code (i - from) mod LANES = j} in
 * order, and adds them in a fixed tree, then the last {@code count mod LANES} elements:
 * independent sums run several times faster than one chain of dependent additions, and the order
 * is fixed, so results are the same on every machine.
 * {@code float} reductions accumulate in {@code double}.
 *
 * <p>The sums of squares and squared distances, which run over whole parameters, are reduced
 * here one {@link #BLOCK} of elements at a time; {@link SharedReduction} adds the blocks' sums in
 * order, so that threads can share the blocks with the same result for any thread count.
 */
final class ElementwiseLoops {
  /** Independent sums per reduction. */
  static final int LANES = 8;

  /** Elements per block of a sum of squares or squared distance (a multiple of {@link #LANES}). */
  static final int BLOCK = MatrixKernels.BLOCK;

  private ElementwiseLoops() {}

  /** See {@link MatrixKernels#addToRows(double[], double[], int, int)}. */
  static void addToRows(double[] m, double[] v, int rows, int cols) {
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        m[row + j] += v[j];
      }
    }
  }

  /** See {@link MatrixKernels#addToRows(float[], float[], int, int)}. */
  static void addToRows(float[] m, float[] v, int rows, int cols) {
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        m[row + j] += v[j];
      }
    }
  }

  /** See {@link MatrixKernels#columnSums(double[], double[], int, int)}. */
  static void columnSums(double[] m, double[] out, int rows, int cols) {
    for (int j = 0; j < cols; j++) {
      out[j] = 0;
    }
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        out[j] += m[row + j];
      }
    }
  }

  /** See {@link MatrixKernels#columnSums(float[], float[], int, int)}. */
  static void columnSums(float[] m, float[] out, int rows, int cols) {
    for (int j = 0; j < cols; j++) {
      out[j] = 0;
    }
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        out[j] += m[row + j];
      }
    }
  }

  /** See {@link MatrixKernels#multiplyElementwise(double[], double[], double[], int)}. */
  static void multiplyElementwise(double[] a, double[] b, double[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[i] = a[i] * b[i];
    }
  }

  /** See {@link MatrixKernels#multiplyElementwise(float[], float[], float[], int)}. */
  static void multiplyElementwise(float[] a, float[] b, float[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[i] = a[i] * b[i];
    }
  }

  /** The end of the block that starts at {@code from}, for {@code count} elements in all. */
  static int blockEnd(int from, int count) {
    return count - from > BLOCK ? from + BLOCK : count;
  }

  /** The sum of a[i]² over the block a[from..to), in the laned order. */
  static double sumOfSquares(double[] a, int from, int to) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = from;
    for (; i + LANES <= to; i += LANES) {
      s0 += a[i] * a[i];
      s1 += a[i + 1] * a[i + 1];
      s2 += a[i + 2] * a[i + 2];
      s3 += a[i + 3] * a[i + 3];
      s4 += a[i + 4] * a[i + 4];
      s5 += a[i + 5] * a[i + 5];
      s6 += a[i + 6] * a[i + 6];
      s7 += a[i + 7] * a[i + 7];
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += a[i] * a[i];
    }
    return combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  /** The sum of a[i]² over the block a[from..to), in the laned order, in {@code double}. */
  static double sumOfSquares(float[] a, int from, int to) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = from;
    for (; i + LANES <= to; i += LANES) {
      s0 += (double) a[i] * a[i];
      s1 += (double) a[i + 1] * a[i + 1];
      s2 += (double) a[i + 2] * a[i + 2];
      s3 += (double) a[i + 3] * a[i + 3];
      s4 += (double) a[i + 4] * a[i + 4];
      s5 += (double) a[i + 5] * a[i + 5];
      s6 += (double) a[i + 6] * a[i + 6];
      s7 += (double) a[i + 7] * a[i + 7];
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += (double) a[i] * a[i];
    }
    return combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  /** The sum of (a[i] − b[i])² over the blocks a, b[from..to), in the laned order. */
  static double squaredDistance(double[] a, double[] b, int from, int to) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = from;
    for (; i + LANES <= to; i += LANES) {
      s0 += (a[i] - b[i]) * (a[i] - b[i]);
      s1 += (a[i + 1] - b[i + 1]) * (a[i + 1] - b[i + 1]);
      s2 += (a[i + 2] - b[i + 2]) * (a[i + 2] - b[i + 2]);
      s3 += (a[i + 3] - b[i + 3]) * (a[i + 3] - b[i + 3]);
      s4 += (a[i + 4] - b[i + 4]) * (a[i + 4] - b[i + 4]);
      s5 += (a[i + 5] - b[i + 5]) * (a[i + 5] - b[i + 5]);
      s6 += (a[i + 6] - b[i + 6]) * (a[i + 6] - b[i + 6]);
      s7 += (a[i + 7] - b[i + 7]) * (a[i + 7] - b[i + 7]);
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  /** The sum of (a[i] − b[i])² over a, b[from..to), in the laned order, in {@code double}. */
  static double squaredDistance(float[] a, float[] b, int from, int to) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = from;
    for (; i + LANES <= to; i += LANES) {
      s0 += ((double) a[i] - b[i]) * ((double) a[i] - b[i]);
      s1 += ((double) a[i + 1] - b[i + 1]) * ((double) a[i + 1] - b[i + 1]);
      s2 += ((double) a[i + 2] - b[i + 2]) * ((double) a[i + 2] - b[i + 2]);
      s3 += ((double) a[i + 3] - b[i + 3]) * ((double) a[i + 3] - b[i + 3]);
      s4 += ((double) a[i + 4] - b[i + 4]) * ((double) a[i + 4] - b[i + 4]);
      s5 += ((double) a[i + 5] - b[i + 5]) * ((double) a[i + 5] - b[i + 5]);
      s6 += ((double) a[i + 6] - b[i + 6]) * ((double) a[i + 6] - b[i + 6]);
      s7 += ((double) a[i + 7] - b[i + 7]) * ((double) a[i + 7] - b[i + 7]);
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += ((double) a[i] - b[i]) * ((double) a[i] - b[i]);
    }
    return combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  /** See {@link MatrixKernels#sum(double[], int)}. */
  static double sum(double[] a, int count) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = 0;
    for (; i + LANES <= count; i += LANES) {
      s0 += a[i];
      s1 += a[i + 1];
      s2 += a[i + 2];
      s3 += a[i + 3];
      s4 += a[i + 4];
      s5 += a[i + 5];
      s6 += a[i + 6];
      s7 += a[i + 7];
    }
    double tail = 0;
    for (; i < count; i++) {
      tail += a[i];
    }
    return combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  /** See {@link MatrixKernels#sum(float[], int)}. */
  static double sum(float[] a, int count) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = 0;
    for (; i + LANES <= count; i += LANES) {
      s0 += a[i];
      s1 += a[i + 1];
      s2 += a[i + 2];
      s3 += a[i + 3];
      s4 += a[i + 4];
      s5 += a[i + 5];
      s6 += a[i + 6];
      s7 += a[i + 7];
    }
    double tail = 0;
    for (; i < count; i++) {
      tail += a[i];
    }
    return combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  /** The eight sums of a reduction in a fixed tree: the result is the same on every machine. */
  static double combine(double s0, double s1, double s2, double s3, double s4, double s5,
      double s6, double s7) {
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  /** See {@link MatrixKernels#countBelowInMagnitude(double[], int, double)}. */
  static int countBelowInMagnitude(double[] a, int count, double threshold) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      below += Math.abs(a[i]) < threshold ? 1 : 0;
    }
    return below;
  }

  /** See {@link MatrixKernels#countBelowInMagnitude(float[], int, double)}. */
  static int countBelowInMagnitude(float[] a, int count, double threshold) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      below += Math.abs(a[i]) < threshold ? 1 : 0;
    }
    return below;
  }
}
