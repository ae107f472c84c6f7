package org.nnlab.api;

import java.util.Objects;

/**
 * A layer's non-trainable state: values the layer learns from the batches themselves rather than
 * from gradients, such as batch normalisation's running mean and variance.
 *
 * <p>The layer owns the array and alone changes it, in {@link Layer#forward} in {@link
 * Mode#TRAINING}; no optimizer touches it and it has no gradient. The engine saves it with a
 * trained model under {@link #name()}, as an option of the layer next to its parameters (a
 * one-row buffer as a list of numbers, any other as a list of rows), so that the layer's provider
 * can restore it when the model is loaded: a resumed run then goes on exactly, and evaluation
 * uses what training learned. Shape is {@code rows x cols}, row-major; a vector has one row.
 *
 * @since 2.2
 */
public final class Buffer {
  private final String name;
  private final int rows;
  private final int cols;
  private final double[] values;

  /**
   * Creates a zero buffer.
   *
   * @param name a short name within the layer, such as {@code "running_mean"}; it must differ
   *     from the layer's options and parameter names, since it is saved as an option
   * @param rows number of rows, at least 1
   * @param cols number of columns, at least 1
   */
  public Buffer(String name, int rows, int cols) {
    this.name = Objects.requireNonNull(name, "name");
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("invalid buffer shape " + rows + " x " + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.values = new double[Math.multiplyExact(rows, cols)];
  }

  /** {@return the buffer's name within its layer} */
  public String name() {
    return name;
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

  @Override
  public String toString() {
    return name + "[" + rows + " x " + cols + "]";
  }
}
