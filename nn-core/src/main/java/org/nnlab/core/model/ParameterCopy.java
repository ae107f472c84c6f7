package org.nnlab.core.model;

import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.core.internal.kernel.MatrixKernels;

/**
 * A copy of one parameter's values in the parameter's own precision, taken and put back without
 * allocating: the values before an optimizer step, or at the best epoch so far.
 */
public final class ParameterCopy {
  private final Parameter parameter;
  private final double[] doubles;
  private final float[] floats;

  /** Creates a zero copy the size of {@code parameter}; {@link #take} fills it. */
  public ParameterCopy(Parameter parameter) {
    this.parameter = parameter;
    boolean isDouble = parameter.precision() == Precision.FLOAT64;
    this.doubles = isDouble ? new double[parameter.size()] : null;
    this.floats = isDouble ? null : new float[parameter.size()];
  }

  /** Copies the parameter's current values in. */
  public void take() {
    take(0, parameter.size());
  }

  /** Copies the parameter's values {@code from} (inclusive) to {@code to} (exclusive). */
  public void take(int from, int to) {
    if (doubles != null) {
      System.arraycopy(parameter.values(), from, doubles, from, to - from);
    } else {
      System.arraycopy(parameter.floatValues(), from, floats, from, to - from);
    }
  }

  /** Puts back the values {@code from} (inclusive) to {@code to} (exclusive) of the copy. */
  public void restore(int from, int to) {
    if (doubles != null) {
      System.arraycopy(doubles, from, parameter.values(), from, to - from);
    } else {
      System.arraycopy(floats, from, parameter.floatValues(), from, to - from);
    }
  }

  /** Puts the copied values back into the parameter. */
  public void restore() {
    restore(0, parameter.size());
  }

  /** {@return the sum of squares of the copied values} */
  public double squares(MatrixKernels kernels) {
    return doubles != null
        ? kernels.sumOfSquares(doubles, doubles.length) : kernels.sumOfSquares(floats, floats.length);
  }

  /**
   * The sum of squared differences between the parameter's values and the copy over one block,
   * {@code from} to {@code to}: {@link #squaredChange(MatrixKernels)} adds these (see {@link
   * MatrixKernels#blockSquaredDistance}).
   */
  public double squaredChange(MatrixKernels kernels, int from, int to) {
    return doubles != null
        ? kernels.blockSquaredDistance(parameter.values(), doubles, from, to)
        : kernels.blockSquaredDistance(parameter.floatValues(), floats, from, to);
  }

  /** {@return the sum of squared differences between the parameter's values and the copy} */
  public double squaredChange(MatrixKernels kernels) {
    return doubles != null
        ? kernels.squaredDistance(parameter.values(), doubles, doubles.length)
        : kernels.squaredDistance(parameter.floatValues(), floats, floats.length);
  }

  /** {@return the copied values as doubles: the copy itself, or a widened new array} */
  public double[] widened() {
    if (doubles != null) {
      return doubles;
    }
    double[] wide = new double[floats.length];
    FloatArrays.widen(floats, wide, floats.length);
    return wide;
  }

  /** {@return the sum of squares of a parameter's current values, in its precision} */
  public static double valueSquares(MatrixKernels kernels, Parameter parameter) {
    return parameter.precision() == Precision.FLOAT64
        ? kernels.sumOfSquares(parameter.values(), parameter.size())
        : kernels.sumOfSquares(parameter.floatValues(), parameter.size());
  }

  /** {@return the sum of squares of a parameter's gradients, in its precision} */
  public static double gradientSquares(MatrixKernels kernels, Parameter parameter) {
    return parameter.precision() == Precision.FLOAT64
        ? kernels.sumOfSquares(parameter.gradients(), parameter.size())
        : kernels.sumOfSquares(parameter.floatGradients(), parameter.size());
  }

  /** Copies a parameter's values, widened exactly when they are floats, into {@code out}. */
  public static void valuesInto(Parameter parameter, double[] out) {
    if (parameter.precision() == Precision.FLOAT64) {
      System.arraycopy(parameter.values(), 0, out, 0, parameter.size());
    } else {
      float[] values = parameter.floatValues();
      FloatArrays.widen(values, out, values.length);
    }
  }

  /** Sets a parameter's values from doubles, rounded when the parameter holds floats. */
  public static void setValues(Parameter parameter, double[] values) {
    if (parameter.precision() == Precision.FLOAT64) {
      System.arraycopy(values, 0, parameter.values(), 0, parameter.size());
    } else {
      float[] target = parameter.floatValues();
      FloatArrays.round(values, target, target.length);
    }
  }

}
