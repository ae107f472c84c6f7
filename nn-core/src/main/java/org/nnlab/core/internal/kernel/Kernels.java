package org.nnlab.core.internal.kernel;

import java.util.concurrent.ForkJoinPool;

/** Chooses the kernels the engine uses. */
public final class Kernels {
  // Not the common pool: on two cores its parallelism is one, which would keep products on one
  // core. Fork-join worker threads are daemons, so the pool never keeps the JVM alive.
  private static final MatrixKernels DEFAULT =
      new JavaKernels(new ForkJoinPool(Runtime.getRuntime().availableProcessors()));
  private static final MatrixKernels SINGLE_THREADED = new JavaKernels(null);

  private Kernels() {}

  /** Kernels that split large products over one worker thread per core. */
  public static MatrixKernels defaults() {
    return DEFAULT;
  }

  /** Kernels that run everything on the calling thread; identical results. */
  public static MatrixKernels singleThreaded() {
    return SINGLE_THREADED;
  }
}
