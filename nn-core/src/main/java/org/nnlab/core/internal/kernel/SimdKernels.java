package org.nnlab.core.internal.kernel;

import jdk.incubator.vector.DoubleVector;

/**
 * Kernels written with the Vector API ({@code jdk.incubator.vector}): register-blocked
 * micro-kernels on packed, cache-blocked panels for large products ({@link SimdGemm64}, {@link
 * SimdGemm32}), unpacked vector loops for small ones, and large products split between the
 * calling thread and resident workers by blocks of output rows or columns.
 *
 * <p>Only {@link Kernels} creates it, and only when the module is in the boot layer: loading this
 * class without it fails.
 */
final class SimdKernels extends WorkerKernels {
  /**
   * Products C = op(A) · B with fewer multiply-adds than this take the unpacked path (80³: at
   * 96³ both paths ran about equally fast on one core, the unpacked one cannot use threads).
   */
  static final long DIRECT_LIMIT = 1L << 19;

  /**
   * Products C = op(A) · Bᵀ with fewer multiply-adds than this take the unpacked path, dot
   * products of rows (64³: the packed path was as fast at 64³, faster above).
   */
  static final long DIRECT_LIMIT_TRANSPOSED_B = 1L << 18;

  /** Products with at least this many multiply-adds are split between threads. */
  static final long PARALLEL_THRESHOLD = 1L << 19;

  // Shares a packed product between threads: C is cut into as many blocks of whole micro-tile
  // rows (or columns, when C is wider than tall) as there are threads.
  private final SharedProduct split = new SharedProduct() {
    @Override
    void share64(int index, int parts) {
      packed64(transposeA, transposeB, m, n, k, a64, b64, c64, accumulate, index, parts);
    }

    @Override
    void share32(int index, int parts) {
      packed32(transposeA, transposeB, m, n, k, a32, b32, c32, accumulate, index, parts);
    }

    @Override
    int chunks(int threads) {
      int tiles = c64 != null ? tiles(m, n, SimdGemm64.MR, SimdGemm64.NR)
          : tiles(m, n, SimdGemm32.MR, SimdGemm32.NR);
      return Math.max(threads, Math.min(tiles, CHUNKS_PER_THREAD * threads));
    }
  };

  /**
   * Chunks per thread of a shared product. More than one, so that a thread slowed by the
   * machine takes fewer; four measured best on the 784- and 1024-wide products (JMH, two
   * threads, one core slowed 1.5x by the host: 10-14% faster than one chunk per thread, eight
   * no better).
   */
  static final int CHUNKS_PER_THREAD = 4;

  // The micro-tiles along the side the product is split on: rows when m >= n, else columns.
  private static int tiles(int m, int n, int mr, int nr) {
    return m >= n ? (m + mr - 1) / mr : (n + nr - 1) / nr;
  }

  /**
   * Creates kernels.
   *
   * @param threads how many threads share a large product, the caller included
   */
  SimdKernels(int threads) {
    super(threads, "nn-simd-kernels", new VectorBlockSums());
  }

  /** The vector instructions the Vector API uses here, e.g. "AVX-512". */
  static String instructions() {
    int bits = DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    String arch = System.getProperty("os.arch", "");
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      return bits >= 512 ? "AVX-512" : bits >= 256 ? "AVX2" : "SSE";
    }
    return bits + "-bit vectors";
  }

  @Override
  public String kind() {
    return "simd (" + instructions() + ")";
  }

  @Override
  public String description() {
    int threads = workers.threads();
    return "simd (" + instructions() + ", " + threads + (threads == 1 ? " thread)" : " threads)");
  }

  static void packed64(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a,
      double[] b, double[] c, boolean accumulate, int index, int parts) {
    SimdGemm64.Buffers buffers = SimdGemm64.buffers();
    if (m >= n) {
      int tiles = (m + SimdGemm64.MR - 1) / SimdGemm64.MR;
      int from = Math.min(m, tiles * index / parts * SimdGemm64.MR);
      int to = Math.min(m, tiles * (index + 1) / parts * SimdGemm64.MR);
      SimdGemm64.packed(transposeA, transposeB, m, n, k, a, b, c, accumulate, from, to, 0, n,
          buffers);
    } else {
      int tiles = (n + SimdGemm64.NR - 1) / SimdGemm64.NR;
      int from = Math.min(n, tiles * index / parts * SimdGemm64.NR);
      int to = Math.min(n, tiles * (index + 1) / parts * SimdGemm64.NR);
      SimdGemm64.packed(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, m, from, to,
          buffers);
    }
  }

  static void packed32(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate, int index, int parts) {
    SimdGemm32.Buffers buffers = SimdGemm32.buffers();
    if (m >= n) {
      int tiles = (m + SimdGemm32.MR - 1) / SimdGemm32.MR;
      int from = Math.min(m, tiles * index / parts * SimdGemm32.MR);
      int to = Math.min(m, tiles * (index + 1) / parts * SimdGemm32.MR);
      SimdGemm32.packed(transposeA, transposeB, m, n, k, a, b, c, accumulate, from, to, 0, n,
          buffers);
    } else {
      int tiles = (n + SimdGemm32.NR - 1) / SimdGemm32.NR;
      int from = Math.min(n, tiles * index / parts * SimdGemm32.NR);
      int to = Math.min(n, tiles * (index + 1) / parts * SimdGemm32.NR);
      SimdGemm32.packed(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, m, from, to,
          buffers);
    }
  }

  /**
   * Whether a product of this shape skips packing: small ones, and those with fewer columns than
   * a micro-tile, which would be mostly padding.
   */
  static boolean direct(boolean transposeB, int m, int n, int k, int tileColumns) {
    long work = (long) m * n * k;
    return n < tileColumns || work < (transposeB ? DIRECT_LIMIT_TRANSPOSED_B : DIRECT_LIMIT);
  }

  private boolean shared(int m, int n, int k) {
    return (long) m * n * k >= PARALLEL_THRESHOLD && workers.tryAcquire();
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a,
      double[] b, double[] c, boolean accumulate) {
    if (m <= 0 || n <= 0) {
      return;
    }
    if (direct(transposeB, m, n, k, SimdGemm64.DIRECT_COLUMNS)) {
      SimdGemm64.direct(transposeA, transposeB, m, n, k, a, b, c, accumulate);
    } else if (!shared(m, n, k)) {
      packed64(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, 1);
    } else {
      split.run(workers, transposeA, transposeB, m, n, k, a, b, c, accumulate);
    }
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    if (m <= 0 || n <= 0) {
      return;
    }
    if (direct(transposeB, m, n, k, SimdGemm32.DIRECT_COLUMNS)) {
      SimdGemm32.direct(transposeA, transposeB, m, n, k, a, b, c, accumulate);
    } else if (!shared(m, n, k)) {
      packed32(transposeA, transposeB, m, n, k, a, b, c, accumulate, 0, 1);
    } else {
      split.run(workers, transposeA, transposeB, m, n, k, a, b, c, accumulate);
    }
  }
}
