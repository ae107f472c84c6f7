package org.nnlab.core.internal.kernel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One product C = op(A) · op(B) shared between threads by {@link ProductWorkers}: the kernels keep
 * one instance, fill it in while they hold the workers, and let go of the operands afterwards, so
 * sharing allocates nothing. Subclasses say how share {@code index} of {@code parts} is computed.
 */
abstract class SharedProduct implements ProductWorkers.Job {
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
  private final AtomicInteger next = new AtomicInteger();
  private int chunks;

  /** Computes the {@code double} product on every thread of {@code workers}, which it releases. */
  final void run(ProductWorkers workers, boolean transposeA, boolean transposeB, int m, int n,
      int k, double[] a, double[] b, double[] c, boolean accumulate) {
    shape(transposeA, transposeB, m, n, k, accumulate);
    a64 = a;
    b64 = b;
    c64 = c;
    runAndClear(workers);
  }

  /** Computes the {@code float} product on every thread of {@code workers}, which it releases. */
  final void run(ProductWorkers workers, boolean transposeA, boolean transposeB, int m, int n,
      int k, float[] a, float[] b, float[] c, boolean accumulate) {
    shape(transposeA, transposeB, m, n, k, accumulate);
    a32 = a;
    b32 = b;
    c32 = c;
    runAndClear(workers);
  }

  // Every thread takes the next chunk until none is left: a thread that the machine slows down
  // (another process, a busy sibling core) takes fewer, instead of holding up the product.
  @Override
  public final void share(int index, int parts) {
    int chunk;
    while ((chunk = next.getAndIncrement()) < chunks) {
      if (c64 != null) {
        share64(chunk, chunks);
      } else {
        share32(chunk, chunks);
      }
    }
  }

  /**
   * How many chunks the product just filled in is cut into, for {@code threads} threads: at
   * least {@code threads}, so that each has one.
   */
  abstract int chunks(int threads);

  /** Computes share {@code index} of {@code parts} of the {@code double} product. */
  abstract void share64(int index, int parts);

  /** Computes share {@code index} of {@code parts} of the {@code float} product. */
  abstract void share32(int index, int parts);

  private void shape(boolean transposeA, boolean transposeB, int m, int n, int k,
      boolean accumulate) {
    this.transposeA = transposeA;
    this.transposeB = transposeB;
    this.m = m;
    this.n = n;
    this.k = k;
    this.accumulate = accumulate;
  }

  // The workers are released only once the operands are cleared: the next caller may be waiting
  // to fill them in.
  private void runAndClear(ProductWorkers workers) {
    try {
      chunks = chunks(workers.threads());
      next.set(0);
      workers.run(this);
    } finally {
      a64 = null;
      b64 = null;
      c64 = null;
      a32 = null;
      b32 = null;
      c32 = null;
      workers.release();
    }
  }
}
