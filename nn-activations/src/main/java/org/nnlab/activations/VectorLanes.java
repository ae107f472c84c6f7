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
 * Math#tanh} in the last bit of a double, which the rounding to float almost always hides: run
 * over all 2^32 floats on JDK 17.0.15, tanh gave the scalar path's float for every one on AVX-512
 * and AVX2, and sigmoid for all but three of magnitude below 1e-5 on AVX-512, which is why the
 * entries below 2^-14 take the scalar formula afterwards (a scalar pass, not a branch in the
 * vector loop: a rarely taken branch there sent the compiled vector code back to the interpreter
 * each time it was first taken). The results are then the same before and after the JIT compiles
 * the vector code, and on either CPU. The float64 sigmoid and tanh stay
 * scalar: there the last bit would show.
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

  /**
   * Lanes of a {@code float} vector: the callers skip these methods for fewer entries, which no
   * vector would cover, so that the JIT compiles the vector loops from calls that ran them.
   * Compiled from calls that did not (the 2-2-2 net's), the loops were recompiled when wider
   * layers came and then, in some JVMs, called the Vector API's slow fallbacks: W2 sigmoid
   * float32 after W1 trained at 130,000-170,000 instead of 350,000 samples/s in 2 of 5 runs.
   */
  static final int FLOAT_LANES = FLOATS.length();

  /** Lanes of a {@code double} vector, half as many; see {@link #FLOAT_LANES}. */
  static final int DOUBLE_LANES = DOUBLES.length();

  /**
   * Below this magnitude the vector sigmoid may round differently from the scalar one: run over
   * every float, it differed for three inputs, all of magnitude below 1e-5 (AVX-512).
   */
  static final float SIGMOID_EXACT_FROM = 0x1p-14f;
  // The upper half of a float vector's lanes.
  private static final VectorMask<Float> UPPER_HALF =
      VectorMask.fromLong(FLOATS, -1L << (FLOATS.length() / 2));

  private VectorLanes() {}

  /**
   * y[i] = (float) sigmoid(x[i]) for the leading whole vectors of the {@code count} entries,
   * except where |x[i]| &lt; {@link #SIGMOID_EXACT_FROM}: the caller computes those.
   *
   * @return how many entries it wrote, a multiple of the lane count; the caller does the rest
   */
  static int sigmoid(float[] x, float[] y, int count) {
    DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
    int i = 0;
    // One method with no calls that take or return vectors: a call the JIT does not inline makes
    // it box every vector, at twenty times the cost.
    for (; i + FLOATS.length() <= count; i += FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FLOATS, x, i);
      DoubleVector low = (DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, 0);
      DoubleVector high = (DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, 1);
      // As Sigmoid's scalar form: e = e^-|x|, then 1 / (1 + e) for x >= 0, e / (1 + e) below.
      DoubleVector lowE = low.abs().neg().lanewise(VectorOperators.EXP);
      DoubleVector highE = high.abs().neg().lanewise(VectorOperators.EXP);
      low = one.blend(lowE, low.compare(VectorOperators.LT, 0.0)).div(one.add(lowE));
      high = one.blend(highE, high.compare(VectorOperators.LT, 0.0)).div(one.add(highE));
      // The halves rounded to float and blended, not added, which would turn -0 into +0.
      FloatVector lower = (FloatVector) low.convertShape(VectorOperators.D2F, FLOATS, 0);
      FloatVector upper = (FloatVector) high.convertShape(VectorOperators.D2F, FLOATS, -1);
      lower.blend(upper, UPPER_HALF).intoArray(y, i);
    }
    return i;
  }

  /** y[i] = (float) tanh(x[i]); see the class comment for the return. */
  static int tanh(float[] x, float[] y, int count) {
    int i = 0;
    for (; i + FLOATS.length() <= count; i += FLOATS.length()) {
      FloatVector v = FloatVector.fromArray(FLOATS, x, i);
      DoubleVector low = ((DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, 0))
          .lanewise(VectorOperators.TANH);
      DoubleVector high = ((DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, 1))
          .lanewise(VectorOperators.TANH);
      FloatVector lower = (FloatVector) low.convertShape(VectorOperators.D2F, FLOATS, 0);
      FloatVector upper = (FloatVector) high.convertShape(VectorOperators.D2F, FLOATS, -1);
      lower.blend(upper, UPPER_HALF).intoArray(y, i);
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
