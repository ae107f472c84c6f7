package org.nnlab.core.internal.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Splits the output rows of large products between the calling thread and resident worker
 * threads, one per further core, without allocating: the job is published in fields, the
 * workers are woken with {@link LockSupport#unpark}, and each computes a fixed contiguous share
 * of the rows. A row is always computed by one thread in one order, so results do not depend on
 * the number of threads.
 *
 * <p>One product at a time: a second thread that calls while a product is in progress computes
 * its own product alone.
 */
final class ProductWorkers {
  private final int threads;
  private final long threshold;
  private final Thread[] workers;
  private final ReentrantLock busy = new ReentrantLock();
  private final AtomicInteger pending = new AtomicInteger();

  // The job. Written by the caller before the volatile write of generation, read by the
  // workers after reading it.
  private JavaKernels.Product product;
  private double[] a;
  private double[] b;
  private double[] c;
  private int m;
  private int k;
  private int n;
  private int rows;
  private volatile long generation;
  private volatile Thread caller;
  private volatile Throwable failure;

  /**
   * Starts the workers.
   *
   * @param threads how many threads share a product, the caller included; 1 for none
   * @param threshold below this many multiply-adds a product runs on the caller alone
   */
  ProductWorkers(int threads, long threshold) {
    this.threads = Math.max(1, threads);
    this.threshold = threshold;
    this.workers = new Thread[this.threads - 1];
    for (int w = 0; w < workers.length; w++) {
      int share = w + 1;
      workers[w] = new Thread(() -> work(share), "nn-kernels-" + share);
      workers[w].setDaemon(true);
      workers[w].start();
    }
  }

  /** Tells whether a product of this size is computed on the caller alone. */
  boolean runsOnCaller(int outputRows, long work) {
    return threads < 2 || work < threshold || outputRows < 2;
  }

  /** Computes {@code outputRows} rows of a product, shared between the threads. */
  void run(JavaKernels.Product what, double[] a, double[] b, double[] c, int m, int k, int n,
      int outputRows) {
    if (!busy.tryLock()) {
      what.rows(a, b, c, 0, outputRows, m, k, n);
      return;
    }
    try {
      this.product = what;
      this.a = a;
      this.b = b;
      this.c = c;
      this.m = m;
      this.k = k;
      this.n = n;
      this.rows = outputRows;
      this.caller = Thread.currentThread();
      this.failure = null;
      pending.set(workers.length);
      generation++;
      for (Thread worker : workers) {
        LockSupport.unpark(worker);
      }
      share(0);
      while (pending.get() > 0) {
        LockSupport.park(this);
      }
      this.a = null;
      this.b = null;
      this.c = null;
      Throwable thrown = failure;
      if (thrown instanceof RuntimeException e) {
        throw e;
      }
      if (thrown instanceof Error e) {
        throw e;
      }
    } finally {
      busy.unlock();
    }
  }

  private void share(int index) {
    int from = (int) ((long) rows * index / threads);
    int to = (int) ((long) rows * (index + 1) / threads);
    product.rows(a, b, c, from, to, m, k, n);
  }

  private void work(int index) {
    long seen = 0;
    while (true) {
      while (generation == seen) {
        LockSupport.park(this);
      }
      seen = generation;
      try {
        share(index);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      if (pending.decrementAndGet() == 0) {
        LockSupport.unpark(caller);
      }
    }
  }
}
