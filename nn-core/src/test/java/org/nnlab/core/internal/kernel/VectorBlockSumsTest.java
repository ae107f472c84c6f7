package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vector block sums give the plain loops' bits, for every length, offset and value. */
class VectorBlockSumsTest {
  private static final BlockSums VECTOR = new VectorBlockSums();

  @Test
  void everyLengthAndOffsetGivesThePlainLoopsBits() {
    Random random = new Random(5);
    int size = 700;
    double[] a = new double[size];
    double[] b = new double[size];
    float[] f = new float[size];
    float[] g = new float[size];
    for (int i = 0; i < size; i++) {
      // Magnitudes twelve decades apart, so that any change of order changes the sum.
      a[i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
      b[i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
      f[i] = (float) a[i];
      g[i] = (float) b[i];
    }
    for (int from = 0; from < 9; from++) {
      for (int to = from; to <= size; to += to < 150 ? 1 : 37) {
        assertSame(BlockSums.SCALAR.sumOfSquares(a, from, to), VECTOR.sumOfSquares(a, from, to),
            from, to);
        assertSame(BlockSums.SCALAR.sumOfSquares(f, from, to), VECTOR.sumOfSquares(f, from, to),
            from, to);
        assertSame(BlockSums.SCALAR.squaredDistance(a, b, from, to),
            VECTOR.squaredDistance(a, b, from, to), from, to);
        assertSame(BlockSums.SCALAR.squaredDistance(f, g, from, to),
            VECTOR.squaredDistance(f, g, from, to), from, to);
      }
    }
  }

  @Test
  void specialValuesGiveThePlainLoopsResults() {
    double[][] specials = {
        {Double.NaN}, {Double.POSITIVE_INFINITY}, {Double.NEGATIVE_INFINITY}, {Double.MIN_VALUE},
        {1e200}, {-0.0}};
    for (double[] special : specials) {
      for (int at : new int[] {0, 5, 63, 64, 130}) {
        double[] a = new double[131];
        float[] f = new float[131];
        for (int i = 0; i < a.length; i++) {
          a[i] = i % 7 - 3;
          f[i] = (float) a[i];
        }
        a[at] = special[0];
        f[at] = (float) special[0];
        double[] zeros = new double[a.length];
        float[] floatZeros = new float[a.length];
        assertSame(BlockSums.SCALAR.sumOfSquares(a, 0, a.length),
            VECTOR.sumOfSquares(a, 0, a.length), 0, a.length);
        assertSame(BlockSums.SCALAR.sumOfSquares(f, 0, f.length),
            VECTOR.sumOfSquares(f, 0, f.length), 0, f.length);
        assertSame(BlockSums.SCALAR.squaredDistance(a, zeros, 0, a.length),
            VECTOR.squaredDistance(a, zeros, 0, a.length), 0, a.length);
        assertSame(BlockSums.SCALAR.squaredDistance(f, floatZeros, 0, f.length),
            VECTOR.squaredDistance(f, floatZeros, 0, f.length), 0, f.length);
      }
    }
  }

  @Test
  void compiledLoopsKeepThePlainLoopsBits() {
    // Enough calls for the JIT to compile the vector loops, which the checks above may not reach.
    Random random = new Random(9);
    float[] f = new float[4096 + 5];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(8) - 4));
    }
    double expected = BlockSums.SCALAR.sumOfSquares(f, 3, f.length);
    for (int call = 0; call < 20_000; call++) {
      double got = VECTOR.sumOfSquares(f, 3, f.length);
      if (Double.doubleToRawLongBits(got) != Double.doubleToRawLongBits(expected)) {
        assertEquals(expected, got, "call " + call);
      }
    }
  }

  private static void assertSame(double expected, double actual, int from, int to) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
        "[" + from + ", " + to + "): expected " + expected + ", got " + actual);
  }
}
