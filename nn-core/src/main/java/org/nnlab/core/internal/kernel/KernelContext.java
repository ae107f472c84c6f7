package org.nnlab.core.internal.kernel;

/**
 * Implemented by the layer contexts the engine creates, so that built-in layers compute with the
 * run's kernels (one thread per run when a comparison runs several at once). Plugin layers never
 * see it.
 */
public interface KernelContext {
  /** The kernels of the run being built. */
  MatrixKernels kernels();
}
