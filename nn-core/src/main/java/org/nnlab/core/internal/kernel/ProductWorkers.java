package org.nnlab.core.internal.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Splits a large product between the calling thread and resident worker threads, one per further
 * core, without allocating: the job is an object the kernels keep and fill in, the workers are
 * woken with {@link LockSupport#unpark}, and each computes shares of the output (a {@link
 * SharedProduct} hands out its chunks from a counter). An output entry is always computed by one
 * thread in one order, so results do not depend on the number of threads or on which thread took
 * which share.
 *
 * <p>A worker that finished a share, and a caller waiting for the workers, first spin for up to
 * {@link #SPIN_NANOS} before parking: the products of a training step come tens of microseconds
 * apart, and waking a parked thread takes about as long, which would leave mid-size products
 * faster on one thread than on two.
 *
 * <p>One product at a time: a thread for which {@link #tryAcquire()} fails computes its product
 * alone.
 */
final class ProductWorkers {

  /** A product split into shares; share {@code index} of {@code parts} is computed by one thread. */
  interface Job {
    /**
     * Computes share {@code index} (0 is the calling thread) of {@code parts}.
     *
     * @param index which share
     * @param parts how many shares there are
     */
    void share(int index, int parts);
  }

  /** How long a worker or the caller spins before parking. */
  static final long SPIN_NANOS = 200_000;

  private final int threads;
  private final Thread[] workers;
  private final ReentrantLock busy = new ReentrantLock();
  private final AtomicInteger pending = new AtomicInteger();

  // Written by the caller before the volatile write of generation, read by the workers after
  // reading it.
  private Job job;
  private volatile long generation;
  private volatile Thread caller;
  private volatile Throwable failure;

  /**
   * Starts the workers (daemon threads).
   *
   * @param threads how many threads share a product, the caller included; 1 for none
   * @param name the prefix of the workers' thread names
   */
  ProductWorkers(int threads, String name) {
    this.threads = Math.max(1, threads);
    this.workers = new Thread[this.threads - 1];
    for (int w = 0; w < workers.length; w++) {
      int share = w + 1;
      workers[w] = new Thread(() -> work(share), name + "-" + share);
      workers[w].setDaemon(true);
      workers[w].start();
    }
  }

  /** How many threads share a product, the caller included. */
  int threads() {
    return threads;
  }

  /**
   * Reserves the workers for one job; when this returns true the caller must {@link #run} it and
   * then {@link #release}, in a {@code finally}. False when there are no workers or another job
   * is in progress.
   */
  boolean tryAcquire() {
    return threads > 1 && busy.tryLock();
  }

  /**
   * Computes every share of a job, share 0 on the calling thread, the workers reserved by {@link
   * #tryAcquire}; they stay reserved, so that the caller can read what the job left and clear it
   * before {@link #release}.
   */
  void run(Job what) {
    this.job = what;
    this.caller = Thread.currentThread();
    this.failure = null;
    pending.set(workers.length);
    generation++;
    for (Thread worker : workers) {
      LockSupport.unpark(worker);
    }
    Throwable own = null;
    try {
      what.share(0, threads);
    } catch (RuntimeException | Error e) {
      own = e;
    }
    long spinUntil = System.nanoTime() + SPIN_NANOS;
    while (pending.get() > 0) {
      if (System.nanoTime() - spinUntil < 0) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
      }
    }
    this.job = null;
    Throwable thrown = own != null ? own : failure;
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }

  /** Frees the workers reserved by {@link #tryAcquire}, for the next job. */
  void release() {
    busy.unlock();
  }

  private void work(int index) {
    long seen = 0;
    while (true) {
      long spinUntil = System.nanoTime() + SPIN_NANOS;
      while (generation == seen) {
        if (System.nanoTime() - spinUntil < 0) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      seen = generation;
      try {
        job.share(index, threads);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      if (pending.decrementAndGet() == 0) {
        LockSupport.unpark(caller);
      }
    }
  }
}
