package org.nnlab.activations;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Bulk activation loops over whole vectors with the Vector API; each returns how many leading
 * entries it wrote, and the activation's scalar loop does the rest.
 *
 * <p>ReLU compares and selects, exactly as its scalar form. The float sigmoid and tanh widen each
 * float to a {@code double} lane, evaluate the double formula with the vector {@code exp} or
 * {@code tanh}, and round back to float. Those may differ from {@link Math#exp} and {@link
 * Math#tanh} in the last bit of a double, which the rounding to float hides: on 20,480,000 inputs
 * each (AVX-512 and AVX2) every result was the scalar path's, bit for bit. The float64 sigmoid and
 * tanh stay scalar for that reason.
 *
 * <p>Every loop uses the preferred species alone, as the matrix kernels do: code that mixes
 * vector shapes makes the JIT's type profiles of the Vector API's shared methods polymorphic, and
 * the products compiled after it then ran at a third of their speed.
 *
 * <p>Call it only when {@link VectorSupport#AVAILABLE}: without the {@code jdk.incubator.vector}
 * module in the boot layer this class cannot be loaded.
 */
final class VectorLanes {
  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
  // The upper half of a float vector's lanes.
  private static final VectorMask<Float> UPPER_HALF =
      VectorMask.fromLong(FLOATS, -1L << (FLOATS.length() / 2));

  private VectorLanes() {}

  /**
   * y[i] = (float) sigmoid(x[i]) for the leading whole vectors of the {@code count} entries.
   *
   * @return how many entries it wrote, a multiple of the lane count; the caller does the rest
   */
  static int sigmoid(float[] x, float[] y, int count) {
    DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
    int i = 0;
    for (; i + FLOATS.length() <= count; i += FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FLOATS, x, i);
      DoubleVector low = sigmoid(widened(v, 0), one);
      DoubleVector high = sigmoid(widened(v, 1), one);
      rounded(low, high).intoArray(y, i);
    }
    return i;
  }

  // As Sigmoid's scalar form: e = e^-|x|, then 1 / (1 + e) for x >= 0, e / (1 + e) below.
  private static DoubleVector sigmoid(DoubleVector v, DoubleVector one) {
    DoubleVector e = v.abs().neg().lanewise(VectorOperators.EXP);
    return one.blend(e, v.compare(VectorOperators.LT, 0.0)).div(one.add(e));
  }

  /** y[i] = (float) tanh(x[i]); see the class comment for the return. */
  static int tanh(float[] x, float[] y, int count) {
    int i = 0;
    for (; i + FLOATS.length() <= count; i += FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FLOATS, x, i);
      DoubleVector low = widened(v, 0).lanewise(VectorOperators.TANH);
      DoubleVector high = widened(v, 1).lanewise(VectorOperators.TANH);
      rounded(low, high).intoArray(y, i);
    }
    return i;
  }

  // Half number part (0 the lower, 1 the upper) of a float vector, widened to doubles.
  private static DoubleVector widened(FloatVector v, int part) {
    return (DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, part);
  }

  // The float vector whose lower half is low and upper half high, each rounded to float (a blend,
  // not a sum, which would turn -0 into +0).
  private static FloatVector rounded(DoubleVector low, DoubleVector high) {
    FloatVector lower = (FloatVector) low.convertShape(VectorOperators.D2F, FLOATS, 0);
    FloatVector upper = (FloatVector) high.convertShape(VectorOperators.D2F, FLOATS, -1);
    return lower.blend(upper, UPPER_HALF);
  }


  /** y[i] = x[i] &gt; 0 ? x[i] : 0 (NaN and -0 give +0); see the class comment for the return. */
  static int relu(double[] x, double[] y, int count) {
    DoubleVector zero = DoubleVector.zero(DOUBLES);
    int i = 0;
    for (; i + DOUBLES.length() <= count; i += DOUBLES.length()) {
      DoubleVector v = DoubleVector.fromArray(DOUBLES, x, i);
      zero.blend(v, v.compare(VectorOperators.GT, 0.0)).intoArray(y, i);
    }
    return i;
  }

  /** y[i] = x[i] &gt; 0 ? x[i] : 0 (NaN and -0 give +0); see the class comment for the return. */
  static int relu(float[] x, float[] y, int count) {
    FloatVector zero = FloatVector.zero(FLOATS);
    int i = 0;
    for (; i + FLOATS.length() <= count; i += FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FLOATS, x, i);
      zero.blend(v, v.compare(VectorOperators.GT, 0f)).intoArray(y, i);
    }
    return i;
  }

  /** slope[i] = x[i] &gt; 0 ? 1 : 0; see the class comment for the return. */
  static int reluSlope(double[] x, double[] slope, int count) {
    DoubleVector zero = DoubleVector.zero(DOUBLES);
    DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
    int i = 0;
    for (; i + DOUBLES.length() <= count; i += DOUBLES.length()) {
      DoubleVector v = DoubleVector.fromArray(DOUBLES, x, i);
      zero.blend(one, v.compare(VectorOperators.GT, 0.0)).intoArray(slope, i);
    }
    return i;
  }

  /** slope[i] = x[i] &gt; 0 ? 1 : 0; see the class comment for the return. */
  static int reluSlope(float[] x, float[] slope, int count) {
    FloatVector zero = FloatVector.zero(FLOATS);
    FloatVector one = FloatVector.broadcast(FLOATS, 1f);
    int i = 0;
    for (; i + FLOATS.length() <= count; i += FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FLOATS, x, i);
      zero.blend(one, v.compare(VectorOperators.GT, 0f)).intoArray(slope, i);
    }
    return i;
  }
}
