package org.nnlab.core.internal.kernel;

/**
 * Matrix arithmetic on contiguous row-major {@code double} arrays.
 *
 * <p>Every method works on the leading entries of its arrays (which may be longer), allocates
 * nothing, and gives bit-identical results however many threads it uses: each output entry is
 * always summed by one thread in one fixed order.
 */
public interface MatrixKernels {

  /**
   * C = A · Bᵀ, with A {@code m x k}, B {@code n x k}, C {@code m x n}. A dense layer's forward
   * pass: z = x · Wᵀ, with W stored one row per unit.
   */
  void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n);

  /**
   * C = Aᵀ · B, with A {@code m x k}, B {@code m x n}, C {@code k x n}. A dense layer's weight
   * gradient: dW = dzᵀ · x.
   */
  void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n);

  /**
   * C = A · B, with A {@code m x k}, B {@code k x n}, C {@code m x n}. A dense layer's input
   * gradient: dx = dz · W.
   */
  void multiply(double[] a, double[] b, double[] c, int m, int k, int n);

  /** Adds the vector v (length {@code cols}) to each of the {@code rows} rows of M. */
  void addToRows(double[] m, double[] v, int rows, int cols);

  /** Writes the column sums of M ({@code rows x cols}) into out (length {@code cols}). */
  void columnSums(double[] m, double[] out, int rows, int cols);

  /** out[i] = a[i] · b[i] for i &lt; count; out may be a or b. */
  void multiplyElementwise(double[] a, double[] b, double[] out, int count);

  /** Returns the sum of a[i]² for i &lt; count. */
  double sumOfSquares(double[] a, int count);

  /** Returns the sum of (a[i] − b[i])² for i &lt; count. */
  double squaredDistance(double[] a, double[] b, int count);

  /** Returns the sum of a[i] for i &lt; count. */
  double sum(double[] a, int count);

  /** Returns how many |a[i]| for i &lt; count are below {@code threshold}. */
  int countBelowInMagnitude(double[] a, int count, double threshold);

  /**
   * C (m x n) = op(A) · op(B), or C += op(A) · op(B) when {@code accumulate}; op(A) is m x k (A
   * stored k x m when {@code transposeA}), op(B) is k x n (B stored n x k when {@code
   * transposeB}). All row-major, on the leading entries of possibly longer arrays.
   */
  void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a, float[] b,
      float[] c, boolean accumulate);

  /** Adds the vector v (length {@code cols}) to each of the {@code rows} rows of M. */
  void addToRows(float[] m, float[] v, int rows, int cols);

  /** Writes the column sums of M ({@code rows x cols}) into out (length {@code cols}). */
  void columnSums(float[] m, float[] out, int rows, int cols);

  /** out[i] = a[i] · b[i] for i &lt; count; out may be a or b. */
  void multiplyElementwise(float[] a, float[] b, float[] out, int count);

  /** Returns the sum of a[i]², accumulated in double. */
  double sumOfSquares(float[] a, int count);

  /** Returns the sum of (a[i] − b[i])², accumulated in double. */
  double squaredDistance(float[] a, float[] b, int count);

  /** Returns the sum of a[i], accumulated in double. */
  double sum(float[] a, int count);

  /** Returns how many |a[i]| for i &lt; count are below {@code threshold}. */
  int countBelowInMagnitude(float[] a, int count, double threshold);
}
