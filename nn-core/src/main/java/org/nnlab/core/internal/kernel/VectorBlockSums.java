package org.nnlab.core.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BlockSums} with the Vector API, the same bits as the plain loops. {@link
 * ElementwiseLoops} keeps eight sums, sum j of the terms i with (i − from) mod 8 = j in order;
 * here they are the lanes of one eight-lane {@code double} vector (AVX-512), or of two four-lane
 * ones (AVX2), and each term is a product and then a sum, never fused. With other widths, and for
 * blocks shorter than {@link #MIN_LENGTH}, the plain loops run.
 *
 * <p>Only the preferred species, as everywhere in the kernels: once a JVM has run one operation
 * of the Vector API on two vector shapes, the JIT can compile that operation's shared code with
 * its slow fallbacks for both (a W3 training run took ten times longer so).
 *
 * <p>The plain loops are bound by the latency of their eight chains of additions and by one
 * instruction per term; these run the same chains a vector at a time.
 */
final class VectorBlockSums implements BlockSums {
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  /** Lanes of a {@code double} vector: 8, or 4 and then two vectors hold the eight sums. */
  private static final int DL = D.length();
  private static final boolean SUPPORTED =
      (DL == 8 || DL == 4) && F.length() == 2 * DL && ElementwiseLoops.LANES == 8;

  /** Whether this JVM's vectors have a width the vector loops take, so that they run. */
  static boolean vectorized() {
    return SUPPORTED;
  }

  /**
   * Shorter blocks take the plain loops. The vector loops are methods of their own, called only
   * for blocks this long: a vector loop the JIT profiled without running it can be compiled with
   * the Vector API's slow fallbacks.
   */
  static final int MIN_LENGTH = 64;

  @Override
  public double sumOfSquares(double[] a, int from, int to) {
    return SUPPORTED && to - from >= MIN_LENGTH
        ? vectorSumOfSquares(a, from, to) : ElementwiseLoops.sumOfSquares(a, from, to);
  }

  @Override
  public double sumOfSquares(float[] a, int from, int to) {
    return SUPPORTED && to - from >= MIN_LENGTH
        ? vectorSumOfSquares(a, from, to) : ElementwiseLoops.sumOfSquares(a, from, to);
  }

  @Override
  public double squaredDistance(double[] a, double[] b, int from, int to) {
    return SUPPORTED && to - from >= MIN_LENGTH
        ? vectorSquaredDistance(a, b, from, to) : ElementwiseLoops.squaredDistance(a, b, from, to);
  }

  @Override
  public double squaredDistance(float[] a, float[] b, int from, int to) {
    return SUPPORTED && to - from >= MIN_LENGTH
        ? vectorSquaredDistance(a, b, from, to) : ElementwiseLoops.squaredDistance(a, b, from, to);
  }

  // Eight terms per step: one vector, or two (the second's lanes are sums 4 to 7). No helper
  // takes vectors: one the JIT did not inline would box them.
  private static double vectorSumOfSquares(double[] a, int from, int to) {
    DoubleVector low = DoubleVector.zero(D);
    DoubleVector high = low;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      DoubleVector x = DoubleVector.fromArray(D, a, i);
      low = low.add(x.mul(x));
      if (DL == 4) {
        DoubleVector y = DoubleVector.fromArray(D, a, i + 4);
        high = high.add(y.mul(y));
      }
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += a[i] * a[i];
    }
    return ElementwiseLoops.combine(low.lane(0), low.lane(1), low.lane(2), low.lane(3),
        DL == 8 ? low.lane(4) : high.lane(0), DL == 8 ? low.lane(5) : high.lane(1),
        DL == 8 ? low.lane(6) : high.lane(2), DL == 8 ? low.lane(7) : high.lane(3)) + tail;
  }

  private static double vectorSquaredDistance(double[] a, double[] b, int from, int to) {
    DoubleVector low = DoubleVector.zero(D);
    DoubleVector high = low;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      DoubleVector x = DoubleVector.fromArray(D, a, i).sub(DoubleVector.fromArray(D, b, i));
      low = low.add(x.mul(x));
      if (DL == 4) {
        DoubleVector y =
            DoubleVector.fromArray(D, a, i + 4).sub(DoubleVector.fromArray(D, b, i + 4));
        high = high.add(y.mul(y));
      }
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return ElementwiseLoops.combine(low.lane(0), low.lane(1), low.lane(2), low.lane(3),
        DL == 8 ? low.lane(4) : high.lane(0), DL == 8 ? low.lane(5) : high.lane(1),
        DL == 8 ? low.lane(6) : high.lane(2), DL == 8 ? low.lane(7) : high.lane(3)) + tail;
  }

  // 2 · DL terms per step: a float vector widened exactly in two halves. With eight lanes both
  // halves add to the same sums, the first half's terms first, as in the plain loops; a step of
  // sixteen can leave a group of eight for finish.
  private static double vectorSumOfSquares(float[] a, int from, int to) {
    DoubleVector low = DoubleVector.zero(D);
    DoubleVector high = low;
    int i = from;
    for (; i + 2 * DL <= to; i += 2 * DL) {
      FloatVector v = FloatVector.fromArray(F, a, i);
      DoubleVector x = (DoubleVector) v.convertShape(VectorOperators.F2D, D, 0);
      DoubleVector y = (DoubleVector) v.convertShape(VectorOperators.F2D, D, 1);
      low = low.add(x.mul(x));
      if (DL == 8) {
        low = low.add(y.mul(y));
      } else {
        high = high.add(y.mul(y));
      }
    }
    return finish(a, null, i, to, low.lane(0), low.lane(1), low.lane(2), low.lane(3),
        DL == 8 ? low.lane(4) : high.lane(0), DL == 8 ? low.lane(5) : high.lane(1),
        DL == 8 ? low.lane(6) : high.lane(2), DL == 8 ? low.lane(7) : high.lane(3));
  }

  private static double vectorSquaredDistance(float[] a, float[] b, int from, int to) {
    DoubleVector low = DoubleVector.zero(D);
    DoubleVector high = low;
    int i = from;
    for (; i + 2 * DL <= to; i += 2 * DL) {
      FloatVector u = FloatVector.fromArray(F, a, i);
      FloatVector v = FloatVector.fromArray(F, b, i);
      DoubleVector x = ((DoubleVector) u.convertShape(VectorOperators.F2D, D, 0))
          .sub((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0));
      DoubleVector y = ((DoubleVector) u.convertShape(VectorOperators.F2D, D, 1))
          .sub((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1));
      low = low.add(x.mul(x));
      if (DL == 8) {
        low = low.add(y.mul(y));
      } else {
        high = high.add(y.mul(y));
      }
    }
    return finish(a, b, i, to, low.lane(0), low.lane(1), low.lane(2), low.lane(3),
        DL == 8 ? low.lane(4) : high.lane(0), DL == 8 ? low.lane(5) : high.lane(1),
        DL == 8 ? low.lane(6) : high.lane(2), DL == 8 ? low.lane(7) : high.lane(3));
  }

  // The plain loops' end after the vector loop: at most one more group of eight, added to the
  // sums term by term, then the tail; b is null for a sum of squares.
  private static double finish(float[] a, float[] b, int i, int to, double s0, double s1,
      double s2, double s3, double s4, double s5, double s6, double s7) {
    if (i + 8 <= to) {
      s0 += term(a, b, i);
      s1 += term(a, b, i + 1);
      s2 += term(a, b, i + 2);
      s3 += term(a, b, i + 3);
      s4 += term(a, b, i + 4);
      s5 += term(a, b, i + 5);
      s6 += term(a, b, i + 6);
      s7 += term(a, b, i + 7);
      i += 8;
    }
    double tail = 0;
    for (; i < to; i++) {
      tail += term(a, b, i);
    }
    return ElementwiseLoops.combine(s0, s1, s2, s3, s4, s5, s6, s7) + tail;
  }

  // (double) a[i] squared, or ((double) a[i] - b[i]) squared: the plain loops' terms.
  private static double term(float[] a, float[] b, int i) {
    double d = b == null ? a[i] : (double) a[i] - b[i];
    return d * d;
  }
}
