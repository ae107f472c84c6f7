package org.nnlab.core.internal.kernel;

/**
 * The pure-Java kernels: scalar loops whose innermost index walks contiguous memory, four output
 * rows computed per pass over their input ({@link JavaLoops64}, {@link JavaLoops32}), and the
 * output rows of large products split between threads.
 *
 * <p>Splitting by output rows keeps results independent of the thread count: each entry is
 * computed by one thread, always in the same order.
 */
public final class JavaKernels extends WorkerKernels {
  /** Below this many multiply-adds a product runs on the calling thread. */
  static final long PARALLEL_THRESHOLD = 1L << 20;

  // Shares a product between threads by rows of C.
  private final SharedProduct split = new SharedProduct() {
    @Override
    void share64(int index, int parts) {
      JavaLoops64.gemmRows(transposeA, transposeB, m, n, k, a64, b64, c64, accumulate,
          from(index, parts), from(index + 1, parts));
    }

    @Override
    void share32(int index, int parts) {
      JavaLoops32.gemmRows(transposeA, transposeB, m, n, k, a32, b32, c32, accumulate,
          from(index, parts), from(index + 1, parts));
    }

    @Override
    int chunks(int threads) {
      return threads;
    }

    private int from(int index, int parts) {
      return (int) ((long) m * index / parts);
    }
  };

  /**
   * Creates kernels.
   *
   * @param threads how many threads share a large product, the caller included; 1 runs
   *     everything on the caller
   */
  public JavaKernels(int threads) {
    super(threads, "nn-kernels", BlockSums.SCALAR);
  }

  @Override
  public String kind() {
    return "java";
  }

  @Override
  public String description() {
    int threads = workers.threads();
    return "java (" + threads + (threads == 1 ? " thread)" : " threads)");
  }

  private boolean shared(int m, int n, int k) {
    return m >= 2 && (long) m * n * k >= PARALLEL_THRESHOLD && workers.tryAcquire();
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a,
      double[] b, double[] c, boolean accumulate) {
    if (!shared(m, n, k)) {
      JavaLoops64.gemmRows(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, m);
      return;
    }
    split.run(workers, transposeA, transposeB, m, n, k, a, b, c, accumulate);
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    if (!shared(m, n, k)) {
      JavaLoops32.gemmRows(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, m);
      return;
    }
    split.run(workers, transposeA, transposeB, m, n, k, a, b, c, accumulate);
  }
}
