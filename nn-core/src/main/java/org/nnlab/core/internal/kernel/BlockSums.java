package org.nnlab.core.internal.kernel;

/**
 * The sums of squares and squared distances of one block of a long reduction, in the order
 * {@link ElementwiseLoops} documents, so that every implementation gives the same bits. {@link
 * SharedReduction} adds the blocks' sums.
 */
interface BlockSums {
  /** Plain loops: {@link ElementwiseLoops}. */
  BlockSums SCALAR = new BlockSums() {
    @Override
    public double sumOfSquares(double[] a, int from, int to) {
      return ElementwiseLoops.sumOfSquares(a, from, to);
    }

    @Override
    public double sumOfSquares(float[] a, int from, int to) {
      return ElementwiseLoops.sumOfSquares(a, from, to);
    }

    @Override
    public double squaredDistance(double[] a, double[] b, int from, int to) {
      return ElementwiseLoops.squaredDistance(a, b, from, to);
    }

    @Override
    public double squaredDistance(float[] a, float[] b, int from, int to) {
      return ElementwiseLoops.squaredDistance(a, b, from, to);
    }
  };

  /** The sum of a[i]² for {@code from <= i < to}. */
  double sumOfSquares(double[] a, int from, int to);

  /** The sum of a[i]² for {@code from <= i < to}, accumulated in {@code double}. */
  double sumOfSquares(float[] a, int from, int to);

  /** The sum of (a[i] − b[i])² for {@code from <= i < to}. */
  double squaredDistance(double[] a, double[] b, int from, int to);

  /** The sum of (a[i] − b[i])² for {@code from <= i < to}, accumulated in {@code double}. */
  double squaredDistance(float[] a, float[] b, int from, int to);
}
