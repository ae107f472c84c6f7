package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vector block sums give the plain loops' bits, for every length, offset and value. */
class VectorBlockSumsTest {
  private static final BlockSums VECTOR = new VectorBlockSums();

  // Elsewhere the plain loops run and these checks would compare them with themselves.
  @BeforeEach
  void vectorLoopsRunHere() {
    assumeTrue(VectorBlockSums.vectorized(), "no vector loops for "
        + DoubleVector.SPECIES_PREFERRED.length() + " double lanes");
  }

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
    double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, 1e200, -0.0};
    for (double special : specials) {
      for (int at : new int[] {3, 5, 63, 64, 130}) {
        double[] a = new double[131];
        float[] f = new float[131];
        for (int i = 0; i < a.length; i++) {
          a[i] = (i % 7 - 3) * 0.1;
          f[i] = (float) a[i];
        }
        a[at] = special;
        f[at] = (float) special;
        // b equal to a at the special value: Inf − Inf is NaN.
        double[] b = new double[a.length];
        float[] g = new float[a.length];
        b[at] = special;
        g[at] = (float) special;
        for (int from : new int[] {0, 3}) {
          assertSame(BlockSums.SCALAR.sumOfSquares(a, from, a.length),
              VECTOR.sumOfSquares(a, from, a.length), from, a.length);
          assertSame(BlockSums.SCALAR.sumOfSquares(f, from, f.length),
              VECTOR.sumOfSquares(f, from, f.length), from, f.length);
          assertSame(BlockSums.SCALAR.squaredDistance(a, b, from, a.length),
              VECTOR.squaredDistance(a, b, from, a.length), from, a.length);
          assertSame(BlockSums.SCALAR.squaredDistance(f, g, from, f.length),
              VECTOR.squaredDistance(f, g, from, f.length), from, f.length);
        }
      }
    }
  }

  @Test
  void compiledLoopsKeepThePlainLoopsBits() {
    // Enough calls for the JIT to compile every vector loop, which the checks above may not
    // reach; 4,107 terms from 3 leave a group of eight after the last step of sixteen.
    Random random = new Random(9);
    int size = 4110;
    double[] a = new double[size];
    double[] b = new double[size];
    float[] f = new float[size];
    float[] g = new float[size];
    for (int i = 0; i < size; i++) {
      a[i] = random.nextGaussian() * Math.pow(10, random.nextInt(8) - 4);
      b[i] = random.nextGaussian() * Math.pow(10, random.nextInt(8) - 4);
      f[i] = (float) a[i];
      g[i] = (float) b[i];
    }
    double[] expected = {
        BlockSums.SCALAR.sumOfSquares(a, 3, size), BlockSums.SCALAR.sumOfSquares(f, 3, size),
        BlockSums.SCALAR.squaredDistance(a, b, 3, size),
        BlockSums.SCALAR.squaredDistance(f, g, 3, size)};
    for (int call = 0; call < 20_000; call++) {
      double[] got = {
          VECTOR.sumOfSquares(a, 3, size), VECTOR.sumOfSquares(f, 3, size),
          VECTOR.squaredDistance(a, b, 3, size), VECTOR.squaredDistance(f, g, 3, size)};
      for (int r = 0; r < got.length; r++) {
        if (Double.doubleToLongBits(got[r]) != Double.doubleToLongBits(expected[r])) {
          assertEquals(expected[r], got[r], "reduction " + r + ", call " + call);
        }
      }
    }
  }

  // Every bit, except that any NaN equals any other: Java leaves a NaN's sign and payload to the
  // hardware (Inf − Inf is a negative NaN in x86's scalar unit and need not be in its vectors).
  private static void assertSame(double expected, double actual, int from, int to) {
    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
        "[" + from + ", " + to + "): expected " + expected + ", got " + actual);
  }
}
