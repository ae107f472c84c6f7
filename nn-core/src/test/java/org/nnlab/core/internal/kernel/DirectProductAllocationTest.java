package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The unpacked vector products stay compiled with the Vector API's intrinsics when a JVM meets
 * new shapes after others, as the benchmark runner's one JVM meets W3's output layer (ten rows of
 * C) after W2's 32-wide products. Where the intrinsics are lost, every vector operation allocates
 * its result: before the last group of rows repeated its last row instead of taking a one-row
 * loop, each 10 x 128 x 128 product here allocated 168 KB.
 *
 * <p>Not checked, because it is not fixed: the loop for a last single vector of columns can be
 * compiled the same way. After the whole nn-core suite had run in one JVM, 12 x 24 x 64 products
 * allocated 1,152 bytes each.
 */
class DirectProductAllocationTest {
  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 1_000;
  /** Bytes that a JIT event (a deoptimization's bookkeeping, say) may allocate meanwhile. */
  private static final long SLACK = 64 * 1024;

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void productsAfterW2sShapesAllocateNothing() {
    assumeTrue(threads.isThreadAllocatedMemorySupported());
    double[] a = fill(new double[256 * 128]);
    double[] b = fill(new double[256 * 128]);
    double[] c = new double[256 * 128];
    float[] af = fill(new float[256 * 128]);
    float[] bf = fill(new float[256 * 128]);
    float[] cf = new float[256 * 128];
    // W2's products at batch 32: forward, dW and dx of 32 -> 32, dW of 16 -> 32, 32 -> 1.
    for (int step = 0; step < 30_000; step++) {
      SimdGemm64.direct(false, true, 32, 32, 32, a, b, c, false);
      SimdGemm64.direct(true, false, 32, 32, 32, a, b, c, false);
      SimdGemm64.direct(false, false, 32, 32, 32, a, b, c, false);
      SimdGemm64.direct(true, false, 32, 16, 32, a, b, c, false);
      SimdGemm64.direct(false, true, 32, 1, 32, a, b, c, false);
      SimdGemm64.direct(true, false, 1, 32, 32, a, b, c, false);
      SimdGemm64.direct(false, false, 32, 32, 1, a, b, c, false);
      SimdGemm32.direct(true, false, 32, 32, 32, af, bf, cf, false);
      SimdGemm32.direct(true, false, 1, 32, 32, af, bf, cf, false);
    }
    // W3's output layer at batch 128: dW = dzᵀ · x, 10 x 128 over 128 rows.
    assertAllocatesNothing("10 x 128 x 128",
        () -> SimdGemm64.direct(true, false, 10, 128, 128, a, b, c, false));
    assertAllocatesNothing("10 x 128 x 128 in float",
        () -> SimdGemm32.direct(true, false, 10, 128, 128, af, bf, cf, false));
  }

  private void assertAllocatesNothing(String shape, Runnable product) {
    for (int step = 0; step < WARM_UP; step++) {
      product.run();
    }
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int step = 0; step < MEASURED; step++) {
      product.run();
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertEquals(0, allocated, SLACK, "bytes allocated by " + MEASURED + " products of " + shape);
  }

  private static double[] fill(double[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = (i % 13 - 6) * 0.01;
    }
    return values;
  }

  private static float[] fill(float[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = (i % 13 - 6) * 0.01f;
    }
    return values;
  }
}
