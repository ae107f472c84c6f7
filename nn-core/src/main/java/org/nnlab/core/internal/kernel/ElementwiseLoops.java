package org.nnlab.core.internal.kernel;

/**
 * The element-wise operations and reductions as plain loops, shared by both kernels (the JIT
 * vectorizes the element-wise ones; the reductions keep one sum in order). {@code float}
 * reductions accumulate in {@code double}.
 */
final class ElementwiseLoops {
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

  /** See {@link MatrixKernels#sumOfSquares(double[], int)}. */
  static double sumOfSquares(double[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i] * a[i];
    }
    return sum;
  }

  /** See {@link MatrixKernels#sumOfSquares(float[], int)}. */
  static double sumOfSquares(float[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double x = a[i];
      sum += x * x;
    }
    return sum;
  }

  /** See {@link MatrixKernels#squaredDistance(double[], double[], int)}. */
  static double squaredDistance(double[] a, double[] b, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  /** See {@link MatrixKernels#squaredDistance(float[], float[], int)}. */
  static double squaredDistance(float[] a, float[] b, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double d = (double) a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  /** See {@link MatrixKernels#sum(double[], int)}. */
  static double sum(double[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i];
    }
    return sum;
  }

  /** See {@link MatrixKernels#sum(float[], int)}. */
  static double sum(float[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i];
    }
    return sum;
  }

  /** See {@link MatrixKernels#countBelowInMagnitude(double[], int, double)}. */
  static int countBelowInMagnitude(double[] a, int count, double threshold) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      if (Math.abs(a[i]) < threshold) {
        below++;
      }
    }
    return below;
  }

  /** See {@link MatrixKernels#countBelowInMagnitude(float[], int, double)}. */
  static int countBelowInMagnitude(float[] a, int count, double threshold) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      if (Math.abs(a[i]) < threshold) {
        below++;
      }
    }
    return below;
  }
}
