package org.nnlab.core.internal.kernel;

/** Which kernels run the arithmetic; the configuration key {@code engine.backend}. */
public enum Backend {
  /** {@link #SIMD} when the Vector API is available at run time, else {@link #JAVA}. */
  AUTO,
  /** The scalar pure-Java loops, {@link JavaKernels}; available everywhere. */
  JAVA,
  /**
   * The Vector API kernels; need a JVM started with {@code --add-modules jdk.incubator.vector}.
   */
  SIMD
}
