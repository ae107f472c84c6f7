package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MatrixKernels#forEachBlock} runs every block once, on any thread, and adds the blocks'
 * results as {@link MatrixKernels#sumOfSquares} adds its blocks: the same bits for any thread
 * count and for both backends.
 */
class SharedBlocksTest {
  // Empty, one entry, exactly a block, a block and one, three blocks and a bit.
  private static final int[] SIZES = {0, 1, MatrixKernels.BLOCK, MatrixKernels.BLOCK + 1,
      3 * MatrixKernels.BLOCK + 123};

  private static double[][] arrays() {
    SplittableRandom random = new SplittableRandom(7);
    double[][] arrays = new double[SIZES.length][];
    for (int i = 0; i < SIZES.length; i++) {
      arrays[i] = random.doubles(SIZES[i], -3, 3).toArray();
    }
    return arrays;
  }

  @ParameterizedTest
  @CsvSource({"JAVA, 1", "JAVA, 2", "SIMD, 1", "SIMD, 2"})
  void blockSumsOfSquaresAddUpToSumOfSquaresBitForBit(Backend backend, int threads) {
    MatrixKernels kernels = Kernels.create(backend, threads);
    double[][] arrays = arrays();
    float[][] floats = new float[arrays.length][];
    for (int i = 0; i < arrays.length; i++) {
      floats[i] = new float[arrays[i].length];
      for (int j = 0; j < floats[i].length; j++) {
        floats[i][j] = (float) arrays[i][j];
      }
    }
    double[] totals = new double[SIZES.length];
    kernels.forEachBlock(SIZES, (item, from, to) ->
        kernels.blockSumOfSquares(arrays[item], from, to), totals);
    double[] floatTotals = new double[SIZES.length];
    kernels.forEachBlock(SIZES, (item, from, to) ->
        kernels.blockSumOfSquares(floats[item], from, to), floatTotals);
    for (int i = 0; i < SIZES.length; i++) {
      assertEquals(kernels.sumOfSquares(arrays[i], SIZES[i]), totals[i], 0.0, "item " + i);
      assertEquals(kernels.sumOfSquares(floats[i], SIZES[i]), floatTotals[i], 0.0, "item " + i);
    }
  }

  @ParameterizedTest
  @CsvSource({"JAVA, 2", "SIMD, 2"})
  void everyEntryIsInExactlyOneBlock(Backend backend, int threads) {
    MatrixKernels kernels = Kernels.create(backend, threads);
    AtomicIntegerArray[] visits = new AtomicIntegerArray[SIZES.length];
    for (int i = 0; i < SIZES.length; i++) {
      visits[i] = new AtomicIntegerArray(SIZES[i]);
    }
    double[] totals = new double[SIZES.length];
    kernels.forEachBlock(SIZES, (item, from, to) -> {
      assertTrue(to - from <= MatrixKernels.BLOCK && from % MatrixKernels.BLOCK == 0);
      for (int j = from; j < to; j++) {
        visits[item].incrementAndGet(j);
      }
      return to - from;
    }, totals);
    for (int i = 0; i < SIZES.length; i++) {
      for (int j = 0; j < SIZES[i]; j++) {
        assertEquals(1, visits[i].get(j), "item " + i + ", entry " + j);
      }
      assertEquals(SIZES[i], totals[i], 0.0);
    }
  }

  @ParameterizedTest
  @CsvSource({"1", "2"})
  void aThrowingBlockIsRethrownAndTheKernelsStayUsable(int threads) {
    MatrixKernels kernels = Kernels.create(Backend.SIMD, threads);
    double[] totals = new double[SIZES.length];
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> kernels.forEachBlock(SIZES, (item, from, to) -> {
          if (item == 4 && from > 0) {
            throw new IllegalStateException("block " + from);
          }
          return 1;
        }, totals));
    assertTrue(thrown.getMessage().startsWith("block "), thrown.getMessage());
    kernels.forEachBlock(SIZES, (item, from, to) -> 1, totals);
    assertArrayEquals(new double[] {0, 1, 1, 2, 4}, totals, 0.0);
  }
}
