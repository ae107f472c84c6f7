package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gemm flag combination, with and without accumulation, in both precisions and on both
 * backends with one and two threads, against a triple loop in {@code double}.
 */
class GemmTest {
  private static final MatrixKernels[] KERNELS = {
      new JavaKernels(1), new JavaKernels(2), new SimdKernels(1), new SimdKernels(2)};

  /** m, n, k: tiny, primes, not multiples of any vector length, degenerate sides, large. */
  private static final int[][] SHAPES = {
      {1, 1, 1}, {2, 2, 2}, {7, 13, 5}, {13, 5, 7}, {5, 7, 13}, {1, 37, 23}, {29, 1, 31},
      {31, 29, 1}, {32, 32, 32}, {33, 17, 65}, {65, 70, 64}, {37, 50, 600}, {300, 257, 129},
      {128, 10, 784}, {10, 784, 128}, {100, 7, 20}};

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (MatrixKernels kernels : KERNELS) {
      for (int[] shape : SHAPES) {
        for (int flags = 0; flags < 8; flags++) {
          cases.add(Arguments.of(kernels, shape[0], shape[1], shape[2], (flags & 1) != 0,
              (flags & 2) != 0, (flags & 4) != 0));
        }
      }
    }
    return cases;
  }

  static double[] random(int size, long seed) {
    Random random = new Random(seed);
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextGaussian();
    }
    return values;
  }

  static float[] toFloat(double[] values) {
    float[] floats = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      floats[i] = (float) values[i];
    }
    return floats;
  }

  /**
   * The reference product in double, and beside it, per entry, the sum of the magnitudes of its
   * terms (the scale of its rounding error).
   */
  static double[][] reference(boolean transposeA, boolean transposeB, int m, int n, int k,
      double[] a, double[] b, double[] c0) {
    double[] c = new double[m * n];
    double[] scale = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = c0 == null ? 0 : c0[i * n + j];
        double magnitude = Math.abs(sum);
        for (int p = 0; p < k; p++) {
          double x = transposeA ? a[p * m + i] : a[i * k + p];
          double y = transposeB ? b[j * k + p] : b[p * n + j];
          sum += x * y;
          magnitude += Math.abs(x * y);
        }
        c[i * n + j] = sum;
        scale[i * n + j] = magnitude;
      }
    }
    return new double[][] {c, scale};
  }

  @ParameterizedTest(name = "{0} {1}x{2}x{3} tA={4} tB={5} acc={6}")
  @MethodSource("cases")
  void doubleProductsMatchATripleLoop(MatrixKernels kernels, int m, int n, int k,
      boolean transposeA, boolean transposeB, boolean accumulate) {
    // Arrays longer than needed: only the leading entries count.
    double[] a = random(m * k + 3, 1);
    double[] b = random(k * n + 5, 2);
    double[] c = random(m * n + 7, 3);
    double[] c0 = c.clone();
    kernels.gemm(transposeA, transposeB, m, n, k, a, b, c, accumulate);
    double[][] expected = reference(transposeA, transposeB, m, n, k, a, b, accumulate ? c0 : null);
    for (int q = 0; q < m * n; q++) {
      double error = Math.abs(c[q] - expected[0][q]);
      assertTrue(error <= 1e-12 * Math.max(1, expected[1][q]),
          () -> "entry " + " off by " + error);
    }
    for (int q = m * n; q < c.length; q++) {
      assertTrue(c[q] == c0[q], "entries past C are untouched");
    }
  }

  @ParameterizedTest(name = "{0} {1}x{2}x{3} tA={4} tB={5} acc={6}")
  @MethodSource("cases")
  void floatProductsMatchATripleLoop(MatrixKernels kernels, int m, int n, int k,
      boolean transposeA, boolean transposeB, boolean accumulate) {
    float[] a = toFloat(random(m * k + 3, 1));
    float[] b = toFloat(random(k * n + 5, 2));
    float[] c = toFloat(random(m * n + 7, 3));
    float[] c0 = c.clone();
    kernels.gemm(transposeA, transposeB, m, n, k, a, b, c, accumulate);
    double[][] expected = reference(transposeA, transposeB, m, n, k, widen(a), widen(b),
        accumulate ? widen(c0) : null);
    for (int q = 0; q < m * n; q++) {
      double error = Math.abs(c[q] - expected[0][q]);
      int entry = q;
      assertTrue(error <= 1e-5 * Math.max(1, expected[1][q]),
          () -> "entry " + entry + " off by " + error);
    }
    for (int q = m * n; q < c.length; q++) {
      assertTrue(c[q] == c0[q], "entries past C are untouched");
    }
  }

  static double[] widen(float[] values) {
    double[] doubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      doubles[i] = values[i];
    }
    return doubles;
  }

  static List<Arguments> largeShapes() {
    List<Arguments> cases = new ArrayList<>();
    int[][] shapes = {{300, 257, 129}, {128, 256, 784}, {10, 1024, 256}, {256, 10, 1024},
        {97, 500, 300}};
    for (int[] shape : shapes) {
      for (int flags = 0; flags < 8; flags++) {
        cases.add(Arguments.of(shape[0], shape[1], shape[2], (flags & 1) != 0,
            (flags & 2) != 0, (flags & 4) != 0));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}x{1}x{2} tA={3} tB={4} acc={5}")
  @MethodSource("largeShapes")
  void simdProductsAreBitIdenticalOnOneAndTwoThreadsAndAcrossRuns(int m, int n, int k,
      boolean transposeA, boolean transposeB, boolean accumulate) {
    double[] a = random(m * k, 4);
    double[] b = random(k * n, 5);
    double[] c0 = random(m * n, 6);
    double[] one = c0.clone();
    double[] two = c0.clone();
    double[] again = c0.clone();
    new SimdKernels(1).gemm(transposeA, transposeB, m, n, k, a, b, one, accumulate);
    SimdKernels shared = new SimdKernels(2);
    shared.gemm(transposeA, transposeB, m, n, k, a, b, two, accumulate);
    shared.gemm(transposeA, transposeB, m, n, k, a, b, again, accumulate);
    assertArrayEquals(one, two);
    assertArrayEquals(one, again);

    float[] af = toFloat(a);
    float[] bf = toFloat(b);
    float[] oneF = toFloat(c0);
    float[] twoF = toFloat(c0);
    new SimdKernels(1).gemm(transposeA, transposeB, m, n, k, af, bf, oneF, accumulate);
    shared.gemm(transposeA, transposeB, m, n, k, af, bf, twoF, accumulate);
    assertArrayEquals(oneF, twoF);
  }

  @ParameterizedTest(name = "{0}x{1}x{2} tA={3} tB={4} acc={5}")
  @MethodSource("largeShapes")
  void javaProductsAreBitIdenticalOnOneAndTwoThreads(int m, int n, int k,
      boolean transposeA, boolean transposeB, boolean accumulate) {
    double[] a = random(m * k, 4);
    double[] b = random(k * n, 5);
    double[] c0 = random(m * n, 6);
    double[] one = c0.clone();
    double[] two = c0.clone();
    KERNELS[0].gemm(transposeA, transposeB, m, n, k, a, b, one, accumulate);
    KERNELS[1].gemm(transposeA, transposeB, m, n, k, a, b, two, accumulate);
    assertArrayEquals(one, two);
    float[] oneF = toFloat(c0);
    float[] twoF = toFloat(c0);
    KERNELS[0].gemm(transposeA, transposeB, m, n, k, toFloat(a), toFloat(b), oneF, accumulate);
    KERNELS[1].gemm(transposeA, transposeB, m, n, k, toFloat(a), toFloat(b), twoF, accumulate);
    assertArrayEquals(oneF, twoF);
  }

  static List<Arguments> allShapes() {
    List<Arguments> cases = new ArrayList<>();
    int[][] large = {{300, 257, 129}, {128, 256, 784}, {10, 1024, 256}, {256, 10, 1024},
        {97, 500, 300}, {3, 64, 300}, {2, 40, 17}};
    for (int[][] shapes : new int[][][] {SHAPES, large}) {
      for (int[] shape : shapes) {
        for (int flags = 0; flags < 8; flags++) {
          cases.add(Arguments.of(shape[0], shape[1], shape[2], (flags & 1) != 0,
              (flags & 2) != 0, (flags & 4) != 0));
        }
      }
    }
    return cases;
  }

  /**
   * What the SIMD kernels compute for every entry, written without vectors: one chain of fused
   * multiply-adds over p, from zero, per block of {@code SimdGemm64.KC} on the packed path and
   * over all of k on the direct one; blocks added in order. Its bits cannot depend on the vector
   * width, so equality with it on this machine is equality on any other.
   */
  private static double chain(boolean transposeA, boolean transposeB, int m, int n, int k,
      double[] a, double[] b, double c0, boolean accumulate, int i, int j, int block) {
    double c = c0;
    for (int p0 = 0; p0 < k; p0 += block) {
      double s = 0;
      for (int p = p0; p < Math.min(k, p0 + block); p++) {
        double x = transposeA ? a[p * m + i] : a[i * k + p];
        double y = transposeB ? b[j * k + p] : b[p * n + j];
        s = Math.fma(x, y, s);
      }
      c = p0 == 0 && !accumulate ? s : c + s;
    }
    return c;
  }

  private static float chain(boolean transposeA, boolean transposeB, int m, int n, int k,
      float[] a, float[] b, float c0, boolean accumulate, int i, int j, int block) {
    float c = c0;
    for (int p0 = 0; p0 < k; p0 += block) {
      float s = 0;
      for (int p = p0; p < Math.min(k, p0 + block); p++) {
        float x = transposeA ? a[p * m + i] : a[i * k + p];
        float y = transposeB ? b[j * k + p] : b[p * n + j];
        s = Math.fma(x, y, s);
      }
      c = p0 == 0 && !accumulate ? s : c + s;
    }
    return c;
  }

  @ParameterizedTest(name = "{0}x{1}x{2} tA={3} tB={4} acc={5}")
  @MethodSource("allShapes")
  void simdProductsAreTheSameFusedChainsWhateverTheVectorWidth(int m, int n, int k,
      boolean transposeA, boolean transposeB, boolean accumulate) {
    // Shallow products with Bᵀ run the plain loops, which have no vectors either.
    Assumptions.assumeFalse(transposeB && k < SimdGemm64.MIN_DEPTH);
    double[] a = random(m * k, 7);
    double[] b = random(k * n, 8);
    double[] c0 = random(m * n, 9);
    double[] c = c0.clone();
    new SimdKernels(2).gemm(transposeA, transposeB, m, n, k, a, b, c, accumulate);
    int block = SimdKernels.direct(transposeB, m, n, k, SimdGemm64.DIRECT_COLUMNS) ? k
        : SimdGemm64.KC;
    float[] af = toFloat(a);
    float[] bf = toFloat(b);
    float[] cf = toFloat(c0);
    new SimdKernels(2).gemm(transposeA, transposeB, m, n, k, af, bf, cf, accumulate);
    int blockF = SimdKernels.direct(transposeB, m, n, k, SimdGemm32.DIRECT_COLUMNS) ? k
        : SimdGemm32.KC;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double expected = chain(transposeA, transposeB, m, n, k, a, b, c0[i * n + j],
            accumulate, i, j, block);
        assertEquals(expected, c[i * n + j], 0.0, "double (" + i + ", " + j + ")");
        float expectedF = chain(transposeA, transposeB, m, n, k, af, bf, (float) c0[i * n + j],
            accumulate, i, j, blockF);
        assertEquals(expectedF, cf[i * n + j], 0.0f, "float (" + i + ", " + j + ")");
      }
    }
  }
}
