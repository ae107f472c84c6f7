package org.nnlab.core.internal.kernel;

/**
 * What both backends share: the worker threads that split a large product, and the sums of
 * squares and squared distances over long arrays that those threads split by blocks ({@link
 * SharedReduction}).
 */
abstract class WorkerKernels implements MatrixKernels {
  /** The threads a large product or long reduction is shared with. */
  final ProductWorkers workers;
  private final SharedReduction reductions;
  private final SharedBlocks blocks;
  private final BlockSums sums;

  /**
   * Starts the workers.
   *
   * @param threads how many threads share large work, the caller included
   * @param name the prefix of the workers' thread names
   * @param sums how each block of a long reduction is summed
   */
  WorkerKernels(int threads, String name, BlockSums sums) {
    this.workers = new ProductWorkers(threads, name);
    this.reductions = new SharedReduction(workers, sums);
    this.blocks = new SharedBlocks(workers);
    this.sums = sums;
  }

  @Override
  public final int threads() {
    return workers.threads();
  }

  @Override
  public final void forEachBlock(int[] sizes, BlockTask task, double[] totals) {
    blocks.run(sizes, task, totals);
  }

  @Override
  public final double blockSumOfSquares(double[] a, int from, int to) {
    return sums.sumOfSquares(a, from, to);
  }

  @Override
  public final double blockSumOfSquares(float[] a, int from, int to) {
    return sums.sumOfSquares(a, from, to);
  }

  @Override
  public final double blockSquaredDistance(double[] a, double[] b, int from, int to) {
    return sums.squaredDistance(a, b, from, to);
  }

  @Override
  public final double blockSquaredDistance(float[] a, float[] b, int from, int to) {
    return sums.squaredDistance(a, b, from, to);
  }

  @Override
  public final double sumOfSquares(double[] a, int count) {
    return reductions.sumOfSquares(a, count);
  }

  @Override
  public final double sumOfSquares(float[] a, int count) {
    return reductions.sumOfSquares(a, count);
  }

  @Override
  public final double squaredDistance(double[] a, double[] b, int count) {
    return reductions.squaredDistance(a, b, count);
  }

  @Override
  public final double squaredDistance(float[] a, float[] b, int count) {
    return reductions.squaredDistance(a, b, count);
  }
}
