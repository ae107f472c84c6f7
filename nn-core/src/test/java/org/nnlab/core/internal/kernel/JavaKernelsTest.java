package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaKernelsTest {
  private static final MatrixKernels SINGLE = new JavaKernels(1);
  private static final MatrixKernels PARALLEL = new JavaKernels(4);

  private static double[] random(int size, long seed) {
    Random random = new Random(seed);
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextGaussian();
    }
    return values;
  }

  private static double get(double[] m, int cols, int r, int c) {
    return m[r * cols + c];
  }

  @Test
  void multiplyTransposedRightMatchesTheDefinition() {
    int m = 5;
    int k = 7;
    int n = 3;
    double[] a = random(m * k, 1);
    double[] b = random(n * k, 2);
    double[] c = new double[m * n];
    SINGLE.multiplyTransposedRight(a, b, c, m, k, n);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double expected = 0;
        for (int p = 0; p < k; p++) {
          expected += get(a, k, i, p) * get(b, k, j, p);
        }
        assertEquals(expected, get(c, n, i, j), 1e-12);
      }
    }
  }

  @Test
  void multiplyTransposedLeftMatchesTheDefinition() {
    int m = 6;
    int k = 4;
    int n = 5;
    double[] a = random(m * k, 3);
    double[] b = random(m * n, 4);
    double[] c = random(k * n, 5); // stale values must be overwritten
    SINGLE.multiplyTransposedLeft(a, b, c, m, k, n);
    for (int p = 0; p < k; p++) {
      for (int q = 0; q < n; q++) {
        double expected = 0;
        for (int i = 0; i < m; i++) {
          expected += get(a, k, i, p) * get(b, n, i, q);
        }
        assertEquals(expected, get(c, n, p, q), 1e-12);
      }
    }
  }

  @Test
  void multiplyMatchesTheDefinition() {
    int m = 4;
    int k = 6;
    int n = 3;
    double[] a = random(m * k, 6);
    double[] b = random(k * n, 7);
    double[] c = random(m * n, 8);
    SINGLE.multiply(a, b, c, m, k, n);
    for (int i = 0; i < m; i++) {
      for (int q = 0; q < n; q++) {
        double expected = 0;
        for (int p = 0; p < k; p++) {
          expected += get(a, k, i, p) * get(b, n, p, q);
        }
        assertEquals(expected, get(c, n, i, q), 1e-12);
      }
    }
  }

  @Test
  void parallelProductsAreBitIdenticalToSingleThreadedOnes() {
    int m = 160;
    int k = 96;
    int n = 80;
    assertTrue((long) m * k * n > JavaKernels.PARALLEL_THRESHOLD, "large enough to split");
    double[] a = random(m * k, 9);
    double[] b = random(n * k, 10);
    double[] single = new double[m * n];
    double[] parallel = new double[m * n];
    SINGLE.multiplyTransposedRight(a, b, single, m, k, n);
    PARALLEL.multiplyTransposedRight(a, b, parallel, m, k, n);
    assertArrayEquals(single, parallel, 0.0);

    double[] g = random(m * n, 11);
    double[] x = random(m * k, 12);
    double[] dwSingle = new double[n * k];
    double[] dwParallel = new double[n * k];
    SINGLE.multiplyTransposedLeft(g, x, dwSingle, m, n, k);
    PARALLEL.multiplyTransposedLeft(g, x, dwParallel, m, n, k);
    assertArrayEquals(dwSingle, dwParallel, 0.0);

    double[] w = random(n * k, 13);
    double[] dxSingle = new double[m * k];
    double[] dxParallel = new double[m * k];
    SINGLE.multiply(g, w, dxSingle, m, n, k);
    PARALLEL.multiply(g, w, dxParallel, m, n, k);
    assertArrayEquals(dxSingle, dxParallel, 0.0);
  }

  @Test
  void reductionsUseOnlyTheLeadingEntries() {
    double[] a = {1, -2, 3, 100};
    assertEquals(2.0, SINGLE.sum(a, 3), 0.0);
    assertEquals(14.0, SINGLE.sumOfSquares(a, 3), 0.0);
    assertEquals(1, SINGLE.countBelowInMagnitude(a, 3, 1.5));
    assertEquals(9.0 + 4 + 9, SINGLE.squaredDistance(a, new double[] {-2, 0, 0, 0}, 3), 0.0);
  }

  @Test
  void rowAndColumnHelpersWorkOnRowMajorData() {
    double[] m = {1, 2, 3, 4, 5, 6};
    SINGLE.addToRows(m, new double[] {10, 20, 30}, 2, 3);
    assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, m, 0.0);
    double[] sums = {99, 99, 99};
    SINGLE.columnSums(m, sums, 2, 3);
    assertArrayEquals(new double[] {25, 47, 69}, sums, 0.0);
  }

  @Test
  void severalThreadsMayShareTheKernelsAndGetTheSameResults() throws Exception {
    int m = 160;
    int k = 96;
    int n = 80;
    double[] a = random(m * k, 14);
    double[] b = random(n * k, 15);
    double[] expected = new double[m * n];
    SINGLE.multiplyTransposedRight(a, b, expected, m, k, n);
    Thread[] threads = new Thread[4];
    double[][] results = new double[threads.length][m * n];
    for (int t = 0; t < threads.length; t++) {
      int index = t;
      threads[t] = new Thread(() -> {
        for (int repeat = 0; repeat < 50; repeat++) {
          PARALLEL.multiplyTransposedRight(a, b, results[index], m, k, n);
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join(30_000);
    }
    for (double[] result : results) {
      assertArrayEquals(expected, result, 0.0);
    }
  }
}
