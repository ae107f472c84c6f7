package org.nnlab.activations;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
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
 * <p>Load it only through {@link #AVAILABLE}: without the {@code jdk.incubator.vector} module in
 * the boot layer this class cannot be loaded.
 */
final class VectorLanes {
  /** Whether the Vector API module is in this JVM's boot layer. */
  static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Float> FULL_FLOATS = FloatVector.SPECIES_PREFERRED;
  // As many floats as DOUBLES has lanes: one load widens to one full double vector.
  private static final VectorSpecies<Float> FLOATS =
      VectorSpecies.of(float.class, VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));

  private VectorLanes() {}

  /**
   * y[i] = (float) sigmoid(x[i]) for the leading whole vectors of the {@code count} entries.
   *
   * @return how many entries it wrote, a multiple of the lane count; the caller does the rest
   */
  static int sigmoid(float[] x, float[] y, int count) {
    DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
    int lanes = DOUBLES.length();
    int i = 0;
    for (; i + lanes <= count; i += lanes) {
      DoubleVector v = (DoubleVector) FloatVector.fromArray(FLOATS, x, i)
          .convertShape(VectorOperators.F2D, DOUBLES, 0);
      // As Sigmoid's scalar form: e = e^-|x|, then 1 / (1 + e) for x >= 0, e / (1 + e) below.
      DoubleVector e = v.abs().neg().lanewise(VectorOperators.EXP);
      DoubleVector numerator = one.blend(e, v.compare(VectorOperators.LT, 0.0));
      numerator.div(one.add(e)).convertShape(VectorOperators.D2F, FLOATS, 0)
          .reinterpretAsFloats().intoArray(y, i);
    }
    return i;
  }

  /** y[i] = (float) tanh(x[i]); see the class comment for the return. */
  static int tanh(float[] x, float[] y, int count) {
    int lanes = DOUBLES.length();
    int i = 0;
    for (; i + lanes <= count; i += lanes) {
      DoubleVector v = (DoubleVector) FloatVector.fromArray(FLOATS, x, i)
          .convertShape(VectorOperators.F2D, DOUBLES, 0);
      v.lanewise(VectorOperators.TANH).convertShape(VectorOperators.D2F, FLOATS, 0)
          .reinterpretAsFloats().intoArray(y, i);
    }
    return i;
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
    FloatVector zero = FloatVector.zero(FULL_FLOATS);
    int i = 0;
    for (; i + FULL_FLOATS.length() <= count; i += FULL_FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FULL_FLOATS, x, i);
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
    FloatVector zero = FloatVector.zero(FULL_FLOATS);
    FloatVector one = FloatVector.broadcast(FULL_FLOATS, 1f);
    int i = 0;
    for (; i + FULL_FLOATS.length() <= count; i += FULL_FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FULL_FLOATS, x, i);
      zero.blend(one, v.compare(VectorOperators.GT, 0f)).intoArray(slope, i);
    }
    return i;
  }
}
