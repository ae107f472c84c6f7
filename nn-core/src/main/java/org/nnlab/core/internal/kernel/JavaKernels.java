package org.nnlab.core.internal.kernel;

/**
 * The pure-Java kernels: scalar loops whose innermost index walks contiguous memory, four output
 * rows computed per pass over their input ({@link JavaLoops64}, {@link JavaLoops32}), and the
 * output rows of large products split between threads.
 *
 * <p>Splitting by output rows keeps results independent of the thread count: each entry is
 * computed by one thread, always in the same order.
 */
public final class JavaKernels implements MatrixKernels {
  /** Below this many multiply-adds a product runs on the calling thread. */
  static final long PARALLEL_THRESHOLD = 1L << 20;

  private final ProductWorkers workers;
  private final Split split = new Split();

  /**
   * Creates kernels.
   *
   * @param threads how many threads share a large product, the caller included; 1 runs
   *     everything on the caller
   */
  public JavaKernels(int threads) {
    this.workers = new ProductWorkers(threads, "nn-kernels");
  }

  /** One product shared between threads by rows of C; filled in while the workers are held. */
  private static final class Split implements ProductWorkers.Job {
    boolean transposeA;
    boolean transposeB;
    int m;
    int n;
    int k;
    double[] a64;
    double[] b64;
    double[] c64;
    float[] a32;
    float[] b32;
    float[] c32;
    boolean accumulate;

    @Override
    public void share(int index, int parts) {
      int from = (int) ((long) m * index / parts);
      int to = (int) ((long) m * (index + 1) / parts);
      if (c64 != null) {
        JavaLoops64.gemmRows(transposeA, transposeB, m, n, k, a64, b64, c64, accumulate, from, to);
      } else {
        JavaLoops32.gemmRows(transposeA, transposeB, m, n, k, a32, b32, c32, accumulate, from, to);
      }
    }

    void clear() {
      a64 = null;
      b64 = null;
      c64 = null;
      a32 = null;
      b32 = null;
      c32 = null;
    }
  }

  @Override
  public int threads() {
    return workers.threads();
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
    Split job = split;
    job.transposeA = transposeA;
    job.transposeB = transposeB;
    job.m = m;
    job.n = n;
    job.k = k;
    job.a64 = a;
    job.b64 = b;
    job.c64 = c;
    job.accumulate = accumulate;
    try {
      workers.runAndRelease(job);
    } finally {
      job.clear();
    }
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    if (!shared(m, n, k)) {
      JavaLoops32.gemmRows(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, m);
      return;
    }
    Split job = split;
    job.transposeA = transposeA;
    job.transposeB = transposeB;
    job.m = m;
    job.n = n;
    job.k = k;
    job.a32 = a;
    job.b32 = b;
    job.c32 = c;
    job.accumulate = accumulate;
    try {
      workers.runAndRelease(job);
    } finally {
      job.clear();
    }
  }
}
