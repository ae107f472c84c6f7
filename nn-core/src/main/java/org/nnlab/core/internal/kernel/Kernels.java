package org.nnlab.core.internal.kernel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Chooses the kernels the engine uses. Instances are shared: each holds resident worker threads
 * (daemons), so there is one per backend and thread count.
 */
public final class Kernels {
  /** The module the SIMD kernels need. */
  static final String VECTOR_MODULE = "jdk.incubator.vector";

  private static final boolean VECTOR_AVAILABLE =
      ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();

  private static final ConcurrentMap<Long, MatrixKernels> SHARED = new ConcurrentHashMap<>();

  private Kernels() {}

  /** Whether the Vector API module is in this JVM's boot layer, so that SIMD can run. */
  public static boolean simdAvailable() {
    return VECTOR_AVAILABLE;
  }

  /**
   * The backend that runs for a request.
   *
   * @param requested what the configuration asks for
   * @param simdAvailable whether the Vector API is available
   * @return {@link Backend#JAVA} or {@link Backend#SIMD}
   * @throws IllegalStateException when SIMD is asked for but not available
   */
  static Backend resolve(Backend requested, boolean simdAvailable) {
    switch (requested) {
      case AUTO:
        return simdAvailable ? Backend.SIMD : Backend.JAVA;
      case SIMD:
        if (!simdAvailable) {
          throw new IllegalStateException("the simd backend needs the Vector API, which this "
              + "Java runtime was not started with; start java with --add-modules "
              + VECTOR_MODULE + " (the nn launcher does), or use the java or auto backend");
        }
        return Backend.SIMD;
      default:
        return Backend.JAVA;
    }
  }

  /**
   * The shared kernels of a backend.
   *
   * @param backend what to run; {@link Backend#AUTO} falls back to {@link Backend#JAVA} without
   *     the Vector API
   * @param threads how many threads share a large product, the caller included (at least 1)
   * @throws IllegalStateException when {@link Backend#SIMD} is asked for but not available
   */
  public static MatrixKernels create(Backend backend, int threads) {
    Backend resolved = resolve(backend, VECTOR_AVAILABLE);
    int count = Math.max(1, threads);
    long key = ((long) resolved.ordinal() << 32) | count;
    return SHARED.computeIfAbsent(key, ignored ->
        resolved == Backend.SIMD ? simd(count) : new JavaKernels(count));
  }

  // Kept apart so that nothing links SimdKernels unless SIMD was chosen.
  private static MatrixKernels simd(int threads) {
    return new SimdKernels(threads);
  }

  /** The {@link Backend#AUTO} kernels that split large products over one thread per core. */
  public static MatrixKernels defaults() {
    return create(Backend.AUTO, Runtime.getRuntime().availableProcessors());
  }

  /** The {@link Backend#AUTO} kernels that run everything on the calling thread; same results. */
  public static MatrixKernels singleThreaded() {
    return create(Backend.AUTO, 1);
  }
}
