package org.nnlab.api;

import java.util.Objects;

/**
 * A trainable array of a layer, with a gradient array of the same shape.
 *
 * <p>The layer owns both arrays. {@link Layer#backward} overwrites {@link #gradients()} with
 * dL/d(values) for the current batch; an {@link Optimizer} then changes {@link #values()} in place.
 * Shape is {@code rows x cols}, row-major; a vector has one row.
 *
 * <p>A parameter holds {@code double} arrays ({@link Precision#FLOAT64}) or, in a run whose
 * {@code engine.precision} is {@code float32}, {@code float} arrays ({@link #floatValues()},
 * {@link #floatGradients()}). A layer creates its parameters in {@link LayerContext#precision()}.
 */
public final class Parameter {
  private final String name;
  private final ParameterRole role;
  private final int rows;
  private final int cols;
  private final int size;
  private final double[] values;
  private final double[] gradients;
  private final float[] floatValues;
  private final float[] floatGradients;

  /**
   * Creates a zero parameter and its zero gradient.
   *
   * @param name a short name within the layer, such as {@code "weights"}
   * @param role whether it multiplies the input or is added to the output
   * @param rows number of rows, at least 1
   * @param cols number of columns, at least 1
   */
  public Parameter(String name, ParameterRole role, int rows, int cols) {
    this(name, role, rows, cols, Precision.FLOAT64);
  }

  /**
   * Creates a zero parameter and its zero gradient in the given precision.
   *
   * @param name a short name within the layer, such as {@code "weights"}
   * @param role whether it multiplies the input or is added to the output
   * @param rows number of rows, at least 1
   * @param cols number of columns, at least 1
   * @param precision whether its arrays hold doubles or floats
   * @since 2.3
   */
  public Parameter(String name, ParameterRole role, int rows, int cols, Precision precision) {
    this.name = Objects.requireNonNull(name, "name");
    this.role = Objects.requireNonNull(role, "role");
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("invalid parameter shape " + rows + " x " + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.size = Math.multiplyExact(rows, cols);
    boolean doubles = precision == Precision.FLOAT64;
    this.values = doubles ? new double[size] : null;
    this.gradients = doubles ? new double[size] : null;
    this.floatValues = doubles ? null : new float[size];
    this.floatGradients = doubles ? null : new float[size];
  }

  /** {@return the parameter's name within its layer} */
  public String name() {
    return name;
  }

  /** {@return whether this parameter holds weights or biases} */
  public ParameterRole role() {
    return role;
  }

  /** {@return the number of rows} */
  public int rows() {
    return rows;
  }

  /** {@return the number of columns} */
  public int cols() {
    return cols;
  }

  /** {@return the number of entries, {@code rows() * cols()}} */
  public int size() {
    return size;
  }

  /**
   * {@return whether the arrays hold doubles or floats}
   *
   * @since 2.3
   */
  public Precision precision() {
    return values != null ? Precision.FLOAT64 : Precision.FLOAT32;
  }

  /**
   * The current values of a {@link Precision#FLOAT64} parameter, row-major.
   *
   * @return the live array, not a copy
   * @throws IllegalStateException if the parameter holds floats
   */
  public double[] values() {
    return doubles(values);
  }

  /**
   * dL/d(values) from the most recent backward pass of a {@link Precision#FLOAT64} parameter,
   * row-major.
   *
   * @return the live array, not a copy
   * @throws IllegalStateException if the parameter holds floats
   */
  public double[] gradients() {
    return doubles(gradients);
  }

  /**
   * The current values of a {@link Precision#FLOAT32} parameter, row-major.
   *
   * @return the live array, not a copy
   * @throws IllegalStateException if the parameter holds doubles
   * @since 2.3
   */
  public float[] floatValues() {
    return floats(floatValues);
  }

  /**
   * dL/d(values) from the most recent backward pass of a {@link Precision#FLOAT32} parameter,
   * row-major.
   *
   * @return the live array, not a copy
   * @throws IllegalStateException if the parameter holds doubles
   * @since 2.3
   */
  public float[] floatGradients() {
    return floats(floatGradients);
  }

  /**
   * Reads one value in either precision.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the value, widened exactly when the parameter holds floats
   * @since 2.3
   */
  public double value(int index) {
    return values != null ? values[index] : floatValues[index];
  }

  /**
   * Writes one value in either precision.
   *
   * @param index from 0 to {@code size() - 1}
   * @param value the new value, rounded to the nearest float when the parameter holds floats
   * @since 2.3
   */
  public void setValue(int index, double value) {
    if (values != null) {
      values[index] = value;
    } else {
      floatValues[index] = (float) value;
    }
  }

  /**
   * Reads one gradient in either precision.
   *
   * @param index from 0 to {@code size() - 1}
   * @return dL/d(value), widened exactly when the parameter holds floats
   * @since 2.3
   */
  public double gradient(int index) {
    return gradients != null ? gradients[index] : floatGradients[index];
  }

  private double[] doubles(double[] array) {
    if (array == null) {
      throw new IllegalStateException(name + " holds float32 values: use floatValues()");
    }
    return array;
  }

  private float[] floats(float[] array) {
    if (array == null) {
      throw new IllegalStateException(name + " holds float64 values: use values()");
    }
    return array;
  }

  @Override
  public String toString() {
    return name + "[" + rows + " x " + cols + "]";
  }
}
