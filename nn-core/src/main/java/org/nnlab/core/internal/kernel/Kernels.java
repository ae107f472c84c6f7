package org.nnlab.core.internal.kernel;

/** Chooses the kernels the engine uses. */
public final class Kernels {
  private static final MatrixKernels DEFAULT =
      new JavaKernels(Runtime.getRuntime().availableProcessors());
  private static final MatrixKernels SINGLE_THREADED = new JavaKernels(1);

  private Kernels() {}

  /** Kernels that split large products over one thread per core (daemon threads). */
  public static MatrixKernels defaults() {
    return DEFAULT;
  }

  /** Kernels that run everything on the calling thread; identical results. */
  public static MatrixKernels singleThreaded() {
    return SINGLE_THREADED;
  }
}
