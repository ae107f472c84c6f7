package org.nnlab.core.internal.kernel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link MatrixKernels#forEachBlock}: the blocks of every item in one list, which the calling
 * thread and the workers take from one counter, so that a thread slowed by something else does
 * not hold the others up. Each block's result has a fixed place, and the totals add them in block
 * order from 0, so the totals do not depend on which thread ran a block. The lists are grown,
 * never shrunk: a step of the same network allocates nothing.
 */
final class SharedBlocks implements ProductWorkers.Job {
  /** Fewer entries in all than this run on the calling thread alone: a hand-off costs more. */
  static final int SHARED_ENTRIES = 2 * MatrixKernels.BLOCK;

  private final ProductWorkers workers;
  private final AtomicInteger next = new AtomicInteger();
  private int[] itemOf = new int[0];
  private int[] fromOf = new int[0];
  private int[] toOf = new int[0];
  private double[] results = new double[0];
  private int blocks;
  // Set while the workers run a job; cleared before they are released.
  private MatrixKernels.BlockTask task;
  private volatile boolean failed;

  SharedBlocks(ProductWorkers workers) {
    this.workers = workers;
  }

  void run(int[] sizes, MatrixKernels.BlockTask task, double[] totals) {
    long entries = layOut(sizes);
    if (entries >= SHARED_ENTRIES && workers.tryAcquire()) {
      try {
        this.task = task;
        next.set(0);
        failed = false;
        workers.run(this);
      } finally {
        this.task = null;
        workers.release();
      }
    } else {
      for (int b = 0; b < blocks; b++) {
        results[b] = task.run(itemOf[b], fromOf[b], toOf[b]);
      }
    }
    for (int i = 0; i < sizes.length; i++) {
      totals[i] = 0;
    }
    for (int b = 0; b < blocks; b++) {
      totals[itemOf[b]] += results[b];
    }
  }

  // Lists the blocks, item by item; returns the number of entries in all.
  private long layOut(int[] sizes) {
    int count = 0;
    long entries = 0;
    for (int size : sizes) {
      count += (size + MatrixKernels.BLOCK - 1) / MatrixKernels.BLOCK;
      entries += size;
    }
    if (itemOf.length < count) {
      itemOf = new int[count];
      fromOf = new int[count];
      toOf = new int[count];
      results = new double[count];
    }
    int b = 0;
    for (int i = 0; i < sizes.length; i++) {
      for (int from = 0; from < sizes[i]; from += MatrixKernels.BLOCK) {
        itemOf[b] = i;
        fromOf[b] = from;
        toOf[b] = Math.min(sizes[i], from + MatrixKernels.BLOCK);
        b++;
      }
    }
    blocks = count;
    return entries;
  }

  // Every thread takes the next block until none is left, or until a task has thrown: the
  // blocks not yet started are then skipped.
  @Override
  public void share(int index, int parts) {
    int b;
    while (!failed && (b = next.getAndIncrement()) < blocks) {
      try {
        results[b] = task.run(itemOf[b], fromOf[b], toOf[b]);
      } catch (RuntimeException | Error e) {
        failed = true;
        throw e;
      }
    }
  }
}
