package org.nnlab.api;

import java.util.Objects;

/**
 * A trainable array of a layer, with a gradient array of the same shape.
 *
 * <p>The layer owns both arrays. {@link Layer#backward} overwrites {@link #gradients()} with
 * dL/d(values) for the current batch; an {@link Optimizer} then changes {@link #values()} in place.
 * Shape is {@code rows x cols}, row-major; a vector has one row.
 */
public final class Parameter {
  private final String name;
  private final ParameterRole role;
  private final int rows;
  private final int cols;
  private final double[] values;
  private final double[] gradients;

  /**
   * Creates a zero parameter and its zero gradient.
   *
   * @param name a short name within the layer, such as {@code "weights"}
   * @param role whether it multiplies the input or is added to the output
   * @param rows number of rows, at least 1
   * @param cols number of columns, at least 1
   */
  public Parameter(String name, ParameterRole role, int rows, int cols) {
    this.name = Objects.requireNonNull(name, "name");
    this.role = Objects.requireNonNull(role, "role");
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("invalid parameter shape " + rows + " x " + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.values = new double[Math.multiplyExact(rows, cols)];
    this.gradients = new double[values.length];
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
    return values.length;
  }

  /**
   * The current values, row-major.
   *
   * @return the live array, not a copy
   */
  public double[] values() {
    return values;
  }

  /**
   * dL/d(values) from the most recent backward pass, row-major.
   *
   * @return the live array, not a copy
   */
  public double[] gradients() {
    return gradients;
  }

  @Override
  public String toString() {
    return name + "[" + rows + " x " + cols + "]";
  }
}
