package org.nnlab.core.internal.kernel;

/**
 * Matrix arithmetic on contiguous row-major {@code double} and {@code float} arrays.
 *
 * <p>Every method works on the leading entries of its arrays (which may be longer), allocates
 * nothing in steady state, and gives bit-identical results however many threads it uses: each
 * output entry is always summed by one thread in one fixed order. Different implementations may
 * round differently (fused multiply-adds, another summation order).
 *
 * <p>{@code float} products accumulate in {@code float}; {@code float} reductions accumulate and
 * return {@code double}. The element-wise operations and reductions are plain loops every backend
 * shares (their default bodies, in {@code ElementwiseLoops}, which gives their order); a backend
 * implements the products, and may share the sums of squares and squared distances of long
 * arrays between threads, by blocks, without changing their result.
 */
public interface MatrixKernels {

  /**
   * What runs, for the run header, e.g. {@code "java (2 threads)"} or {@code "simd (AVX-512, 2
   * threads)"}.
   */
  String description();

  /**
   * What runs, without the thread count, for reports that must not depend on it (a comparison's
   * runs are the same for any {@code --jobs}): {@code "java"} or {@code "simd (AVX-512)"}.
   */
  String kind();

  /** {@return how many threads share a large product, the caller included} */
  int threads();

  /**
   * C = op(A) · op(B), or C += op(A) · op(B) when {@code accumulate}. op(A) is {@code m x k}: A
   * is stored {@code m x k}, or {@code k x m} when {@code transposeA}. op(B) is {@code k x n}: B
   * is stored {@code k x n}, or {@code n x k} when {@code transposeB}. C is {@code m x n}.
   *
   * <p>A dense layer's forward pass z = x · Wᵀ is {@code gemm(false, true, ...)}, its weight
   * gradient dW = dzᵀ · x is {@code gemm(true, false, ...)}, its input gradient dx = dz · W is
   * {@code gemm(false, false, ...)}.
   */
  void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a, double[] b,
      double[] c, boolean accumulate);

  /** The {@code float} form of {@link #gemm(boolean, boolean, int, int, int, double[], double[],
   * double[], boolean)}; sums are accumulated in {@code float}. */
  void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a, float[] b,
      float[] c, boolean accumulate);

  /**
   * C = A · Bᵀ, with A {@code m x k}, B {@code n x k}, C {@code m x n}. A dense layer's forward
   * pass: z = x · Wᵀ, with W stored one row per unit.
   */
  default void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n) {
    gemm(false, true, m, n, k, a, b, c, false);
  }

  /**
   * C = Aᵀ · B, with A {@code m x k}, B {@code m x n}, C {@code k x n}. A dense layer's weight
   * gradient: dW = dzᵀ · x.
   */
  default void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n) {
    gemm(true, false, k, n, m, a, b, c, false);
  }

  /**
   * C = A · B, with A {@code m x k}, B {@code k x n}, C {@code m x n}. A dense layer's input
   * gradient: dx = dz · W.
   */
  default void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
    gemm(false, false, m, n, k, a, b, c, false);
  }

  /** Adds the vector v (length {@code cols}) to each of the {@code rows} rows of M. */
  default void addToRows(double[] m, double[] v, int rows, int cols) {
    ElementwiseLoops.addToRows(m, v, rows, cols);
  }

  /** Adds the vector v (length {@code cols}) to each of the {@code rows} rows of M. */
  default void addToRows(float[] m, float[] v, int rows, int cols) {
    ElementwiseLoops.addToRows(m, v, rows, cols);
  }

  /** Writes the column sums of M ({@code rows x cols}) into out (length {@code cols}). */
  default void columnSums(double[] m, double[] out, int rows, int cols) {
    ElementwiseLoops.columnSums(m, out, rows, cols);
  }

  /**
   * Writes the column sums of M ({@code rows x cols}) into out (length {@code cols}), summed in
   * {@code float}.
   */
  default void columnSums(float[] m, float[] out, int rows, int cols) {
    ElementwiseLoops.columnSums(m, out, rows, cols);
  }

  /** out[i] = a[i] · b[i] for i &lt; count; out may be a or b. */
  default void multiplyElementwise(double[] a, double[] b, double[] out, int count) {
    ElementwiseLoops.multiplyElementwise(a, b, out, count);
  }

  /** out[i] = a[i] · b[i] for i &lt; count; out may be a or b. */
  default void multiplyElementwise(float[] a, float[] b, float[] out, int count) {
    ElementwiseLoops.multiplyElementwise(a, b, out, count);
  }

  /**
   * Entries per block of {@link #forEachBlock}, and of the blocks whose sums {@link
   * #sumOfSquares} and {@link #squaredDistance} add.
   */
  int BLOCK = 1 << 16;

  /** Work on one block of an item's entries, for {@link #forEachBlock}. */
  interface BlockTask {
    /**
     * Works on entries {@code from} (inclusive) to {@code to} (exclusive) of item {@code item}.
     *
     * @return this block's part of the item's total
     */
    double run(int item, int from, int to);
  }

  /**
   * Runs {@code task} on every block of every item: item {@code i} has {@code sizes[i]} entries,
   * cut into blocks of {@link #BLOCK} from 0 (the last may be shorter). The blocks may run on
   * any thread, in any order, at the same time. Then {@code totals[i]} is item {@code i}'s block
   * results added in block order from 0: the order in which {@link #sumOfSquares} adds its blocks,
   * so a task that returns {@link #blockSumOfSquares} of its block gives, for any thread count,
   * {@code sumOfSquares} of the item bit for bit.
   *
   * <p>When a task throws, the blocks not yet started are skipped and the throwable is rethrown
   * here, once every running block has ended.
   */
  void forEachBlock(int[] sizes, BlockTask task, double[] totals);

  /**
   * The sum of a[i]² over one block, {@code from} to {@code to} (exclusive): {@link
   * #sumOfSquares}{@code (a, count)} adds these over the blocks of {@link #BLOCK} entries from 0,
   * in order.
   */
  double blockSumOfSquares(double[] a, int from, int to);

  /** The {@code float} form of {@link #blockSumOfSquares(double[], int, int)}, in double. */
  double blockSumOfSquares(float[] a, int from, int to);

  /**
   * The sum of (a[i] − b[i])² over one block, {@code from} to {@code to} (exclusive): {@link
   * #squaredDistance}{@code (a, b, count)} adds these over the blocks of {@link #BLOCK} entries
   * from 0, in order.
   */
  double blockSquaredDistance(double[] a, double[] b, int from, int to);

  /** The {@code float} form of {@link #blockSquaredDistance(double[], double[], int, int)}. */
  double blockSquaredDistance(float[] a, float[] b, int from, int to);

  /** Returns the sum of a[i]² for i &lt; count. */
  double sumOfSquares(double[] a, int count);

  /** Returns the sum of a[i]² for i &lt; count, accumulated in {@code double}. */
  double sumOfSquares(float[] a, int count);

  /** Returns the sum of (a[i] − b[i])² for i &lt; count. */
  double squaredDistance(double[] a, double[] b, int count);

  /** Returns the sum of (a[i] − b[i])² for i &lt; count, accumulated in {@code double}. */
  double squaredDistance(float[] a, float[] b, int count);

  /** Returns the sum of a[i] for i &lt; count. */
  default double sum(double[] a, int count) {
    return ElementwiseLoops.sum(a, count);
  }

  /** Returns the sum of a[i] for i &lt; count, accumulated in {@code double}. */
  default double sum(float[] a, int count) {
    return ElementwiseLoops.sum(a, count);
  }

  /** Returns how many |a[i]| for i &lt; count are below {@code threshold}. */
  default int countBelowInMagnitude(double[] a, int count, double threshold) {
    return ElementwiseLoops.countBelowInMagnitude(a, count, threshold);
  }

  /** Returns how many |a[i]| for i &lt; count are below {@code threshold}. */
  default int countBelowInMagnitude(float[] a, int count, double threshold) {
    return ElementwiseLoops.countBelowInMagnitude(a, count, threshold);
  }
}
