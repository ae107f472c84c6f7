package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The element-wise operations and reductions, in double and float, on both backends. */
class ElementwiseTest {
  static List<MatrixKernels> kernels() {
    return List.of(new JavaKernels(1), new SimdKernels(1));
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void rowAndColumnHelpersWorkOnRowMajorDataInBothPrecisions(MatrixKernels kernels) {
    double[] m = {1, 2, 3, 4, 5, 6, 99};
    kernels.addToRows(m, new double[] {10, 20, 30, 99}, 2, 3);
    assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36, 99}, m);
    double[] sums = {7, 7, 7, 7};
    kernels.columnSums(m, sums, 2, 3);
    assertArrayEquals(new double[] {25, 47, 69, 7}, sums);

    float[] f = {1, 2, 3, 4, 5, 6, 99};
    kernels.addToRows(f, new float[] {10, 20, 30, 99}, 2, 3);
    assertArrayEquals(new float[] {11, 22, 33, 14, 25, 36, 99}, f);
    float[] fsums = {7, 7, 7, 7};
    kernels.columnSums(f, fsums, 2, 3);
    assertArrayEquals(new float[] {25, 47, 69, 7}, fsums);
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void elementwiseProductsMayWriteOverAnInput(MatrixKernels kernels) {
    double[] a = {1, 2, 3, 9};
    kernels.multiplyElementwise(a, new double[] {4, 5, 6, 9}, a, 3);
    assertArrayEquals(new double[] {4, 10, 18, 9}, a);
    float[] f = {1, 2, 3, 9};
    kernels.multiplyElementwise(new float[] {4, 5, 6, 9}, f, f, 3);
    assertArrayEquals(new float[] {4, 10, 18, 9}, f);
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void reductionsUseOnlyTheLeadingEntriesInBothPrecisions(MatrixKernels kernels) {
    double[] a = {1, -2, 3, 100};
    double[] b = {0, 0, 1, -100};
    assertEquals(14, kernels.sumOfSquares(a, 3));
    assertEquals(1 + 4 + 4, kernels.squaredDistance(a, b, 3));
    assertEquals(2, kernels.sum(a, 3));
    assertEquals(2, kernels.countBelowInMagnitude(a, 3, 2.5));
    float[] f = {1, -2, 3, 100};
    float[] g = {0, 0, 1, -100};
    assertEquals(14, kernels.sumOfSquares(f, 3));
    assertEquals(9, kernels.squaredDistance(f, g, 3));
    assertEquals(2, kernels.sum(f, 3));
    assertEquals(2, kernels.countBelowInMagnitude(f, 3, 2.5));
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void floatReductionsAccumulateInDouble(MatrixKernels kernels) {
    // 2^24 + 1 is not a float; a float sum of these would stop growing at 2^24.
    int count = (1 << 24) + 1;
    float[] ones = new float[count];
    java.util.Arrays.fill(ones, 1f);
    assertEquals(count, kernels.sum(ones, count));
    assertEquals(count, kernels.sumOfSquares(ones, count));
    float[] zeros = new float[count];
    assertEquals(count, kernels.squaredDistance(ones, zeros, count));
    // 1e20² overflows float but not double.
    assertEquals(1e40, kernels.sumOfSquares(new float[] {1e20f}, 1), 1e34);
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void everyReductionAddsEightInterleavedSumsInAFixedTreeThenTheTail(MatrixKernels kernels) {
    // Terms whose sum depends on the order: one chain in order would give a different double.
    int count = 8 * 37 + 5;
    double[] a = new double[count];
    double[] b = new double[count];
    float[] f = new float[count];
    float[] g = new float[count];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < count; i++) {
      a[i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
      b[i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
      f[i] = (float) a[i];
      g[i] = (float) b[i];
    }
    double inOrder = 0;
    for (double x : a) {
      inOrder += x;
    }
    assertNotEquals(inOrder, laned(count, i -> a[i]), "the data should make the order visible");
    assertEquals(laned(count, i -> a[i]), kernels.sum(a, count));
    assertEquals(laned(count, i -> f[i]), kernels.sum(f, count));
    assertEquals(laned(count, i -> a[i] * a[i]), kernels.sumOfSquares(a, count));
    assertEquals(laned(count, i -> (double) f[i] * f[i]), kernels.sumOfSquares(f, count));
    assertEquals(laned(count, i -> (a[i] - b[i]) * (a[i] - b[i])),
        kernels.squaredDistance(a, b, count));
    assertEquals(laned(count, i -> ((double) f[i] - g[i]) * ((double) f[i] - g[i])),
        kernels.squaredDistance(f, g, count));
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void longSumsOfSquaresAddTheirBlocksInOrderForAnyThreadCount(MatrixKernels single) {
    int block = ElementwiseLoops.BLOCK;
    int count = 3 * block + 8 * 5 + 3;
    double[] a = new double[count];
    double[] b = new double[count];
    float[] f = new float[count];
    float[] g = new float[count];
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < count; i++) {
      a[i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
      b[i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
      f[i] = (float) a[i];
      g[i] = (float) b[i];
    }
    assertNotEquals(laned(count, i -> a[i] * a[i]), blocked(count, i -> a[i] * a[i]),
        "the data should make the blocks visible");
    Backend backend = single instanceof SimdKernels ? Backend.SIMD : Backend.JAVA;
    // Three threads cut the four blocks unevenly.
    for (MatrixKernels kernels : List.of(single, Kernels.create(backend, 2),
        Kernels.create(backend, 3))) {
      assertEquals(blocked(count, i -> a[i] * a[i]), kernels.sumOfSquares(a, count));
      assertEquals(blocked(count, i -> (double) f[i] * f[i]), kernels.sumOfSquares(f, count));
      assertEquals(blocked(count, i -> (a[i] - b[i]) * (a[i] - b[i])),
          kernels.squaredDistance(a, b, count));
      assertEquals(blocked(count, i -> ((double) f[i] - g[i]) * ((double) f[i] - g[i])),
          kernels.squaredDistance(f, g, count));
    }
  }

  // Each block of ElementwiseLoops.BLOCK terms reduced in the laned order, the blocks' sums added
  // in order.
  private static double blocked(int count, java.util.function.IntToDoubleFunction term) {
    double total = 0;
    for (int from = 0; from < count; from += ElementwiseLoops.BLOCK) {
      int start = from;
      total += laned(Math.min(ElementwiseLoops.BLOCK, count - from),
          i -> term.applyAsDouble(start + i));
    }
    return total;
  }

  // The documented order: sum j of the terms i = j mod 8 in order, the eight in a fixed tree, then
  // the terms past the last multiple of 8 in order.
  private static double laned(int count, java.util.function.IntToDoubleFunction term) {
    double[] lanes = new double[8];
    int whole = count / 8 * 8;
    for (int i = 0; i < whole; i++) {
      lanes[i % 8] += term.applyAsDouble(i);
    }
    double tail = 0;
    for (int i = whole; i < count; i++) {
      tail += term.applyAsDouble(i);
    }
    return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3]))
        + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7])) + tail;
  }
}
