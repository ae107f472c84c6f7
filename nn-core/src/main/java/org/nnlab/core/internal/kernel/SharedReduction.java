package org.nnlab.core.internal.kernel;

/**
 * A sum of squares or squared distance over a long array shared between threads by {@link
 * ProductWorkers}: each thread sums whole {@link ElementwiseLoops#BLOCK}s into their own slots,
 * and the caller adds the slots in order, so the result is that of {@link ElementwiseLoops}, bit
 * for bit, for any thread count and either {@link BlockSums}. Reuses its slots and allocates only
 * when a longer array comes.
 */
final class SharedReduction implements ProductWorkers.Job {
  /** Arrays shorter than this are reduced on the calling thread alone. */
  static final int SHARED_LENGTH = 2 * ElementwiseLoops.BLOCK;

  private final ProductWorkers workers;
  private final BlockSums sums;
  private double[] blockSums = new double[0];
  private int count;
  private boolean distance;
  private double[] a64;
  private double[] b64;
  private float[] a32;
  private float[] b32;

  SharedReduction(ProductWorkers workers, BlockSums sums) {
    this.workers = workers;
    this.sums = sums;
  }

  /** See {@link MatrixKernels#sumOfSquares(double[], int)}. */
  double sumOfSquares(double[] a, int count) {
    if (!shared(count)) {
      return alone(false, count, a, null, null, null);
    }
    a64 = a;
    return run(false, count);
  }

  /** See {@link MatrixKernels#sumOfSquares(float[], int)}. */
  double sumOfSquares(float[] a, int count) {
    if (!shared(count)) {
      return alone(false, count, null, null, a, null);
    }
    a32 = a;
    return run(false, count);
  }

  /** See {@link MatrixKernels#squaredDistance(double[], double[], int)}. */
  double squaredDistance(double[] a, double[] b, int count) {
    if (!shared(count)) {
      return alone(true, count, a, b, null, null);
    }
    a64 = a;
    b64 = b;
    return run(true, count);
  }

  /** See {@link MatrixKernels#squaredDistance(float[], float[], int)}. */
  double squaredDistance(float[] a, float[] b, int count) {
    if (!shared(count)) {
      return alone(true, count, null, null, a, b);
    }
    a32 = a;
    b32 = b;
    return run(true, count);
  }

  private boolean shared(int count) {
    return count >= SHARED_LENGTH && workers.tryAcquire();
  }

  // Runs with the workers acquired. The block sums are added, and the arrays let go of, before
  // the workers are released: the next caller may be waiting to reuse both.
  private double run(boolean distance, int count) {
    try {
      this.distance = distance;
      this.count = count;
      int blocks = blocks();
      if (blockSums.length < blocks) {
        blockSums = new double[blocks];
      }
      workers.run(this);
      double total = 0;
      for (int block = 0; block < blocks; block++) {
        total += blockSums[block];
      }
      return total;
    } finally {
      a64 = null;
      b64 = null;
      a32 = null;
      b32 = null;
      workers.release();
    }
  }

  private int blocks() {
    return count / ElementwiseLoops.BLOCK + (count % ElementwiseLoops.BLOCK == 0 ? 0 : 1);
  }

  @Override
  public void share(int index, int parts) {
    int blocks = blocks();
    for (int block = blocks * index / parts; block < blocks * (index + 1) / parts; block++) {
      int from = block * ElementwiseLoops.BLOCK;
      blockSums[block] =
          blockSum(distance, a64, b64, a32, b32, from, ElementwiseLoops.blockEnd(from, count));
    }
  }

  // On the calling thread, without the workers or the fields they share: the same blocks in the
  // same order.
  private double alone(boolean distance, int count, double[] a64, double[] b64, float[] a32,
      float[] b32) {
    double total = 0;
    for (int from = 0; from < count; from = ElementwiseLoops.blockEnd(from, count)) {
      int to = ElementwiseLoops.blockEnd(from, count);
      total += blockSum(distance, a64, b64, a32, b32, from, to);
    }
    return total;
  }

  private double blockSum(boolean distance, double[] a64, double[] b64, float[] a32, float[] b32,
      int from, int to) {
    if (a64 != null) {
      return distance
          ? sums.squaredDistance(a64, b64, from, to) : sums.sumOfSquares(a64, from, to);
    }
    return distance
        ? sums.squaredDistance(a32, b32, from, to) : sums.sumOfSquares(a32, from, to);
  }
}
