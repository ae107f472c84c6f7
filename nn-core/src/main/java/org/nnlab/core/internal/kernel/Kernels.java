package org.nnlab.core.internal.kernel;

import java.util.concurrent.ForkJoinPool;

/** Chooses the kernels the engine uses. */
public final class Kernels {
  private static final MatrixKernels DEFAULT = new JavaKernels(ForkJoinPool.commonPool());
  private static final MatrixKernels SINGLE_THREADED = new JavaKernels(null);

  private Kernels() {}

  /** Kernels that split large products over the common fork-join pool (all cores). */
  public static MatrixKernels defaults() {
    return DEFAULT;
  }

  /** Kernels that run everything on the calling thread; identical results. */
  public static MatrixKernels singleThreaded() {
    return SINGLE_THREADED;
  }
}
