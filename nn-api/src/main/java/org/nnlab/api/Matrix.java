package org.nnlab.api;

import java.util.Arrays;

/**
 * A dense row-major matrix: the batch format that flows between layers, with one sample per row.
 *
 * <p>It holds {@code double} values ({@link Precision#FLOAT64}, the default) or {@code float}
 * values ({@link Precision#FLOAT32}), in {@link #data()} or {@link #floats()} respectively. Element
 * (r, c) is {@code data()[r * cols() + c]} (or {@code floats()[...]}). The backing array may be
 * longer than
 * {@code rows() * cols()}: the engine allocates each buffer once for the largest batch and then
 * {@linkplain #resizeRows shrinks the row count} for a smaller last batch, so that no batch
 * allocates. Entries beyond {@code rows() * cols()} carry no meaning.
 *
 * <p>Not thread-safe; a matrix belongs to one training run.
 */
public final class Matrix {
  private final int cols;
  private int rows;
  private double[] data;
  private float[] floats;

  /**
   * Creates a zero matrix of doubles.
   *
   * @param rows the number of rows, at least 0
   * @param cols the number of columns, at least 1
   */
  public Matrix(int rows, int cols) {
    this(rows, cols, new double[checkedSize(rows, cols)], null);
  }

  /**
   * Creates a zero matrix in the given precision.
   *
   * @param rows the number of rows, at least 0
   * @param cols the number of columns, at least 1
   * @param precision whether it holds doubles or floats
   * @since 2.3
   */
  public Matrix(int rows, int cols, Precision precision) {
    this(rows, cols,
        precision == Precision.FLOAT64 ? new double[checkedSize(rows, cols)] : null,
        precision == Precision.FLOAT32 ? new float[checkedSize(rows, cols)] : null);
  }

  private Matrix(int rows, int cols, double[] data, float[] floats) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
    this.floats = floats;
  }

  /**
   * Wraps an existing array without copying it.
   *
   * @param rows the number of rows
   * @param cols the number of columns
   * @param data row-major values, at least {@code rows * cols} long
   * @return a matrix backed by {@code data}
   */
  public static Matrix wrap(int rows, int cols, double[] data) {
    if (data.length < checkedSize(rows, cols)) {
      throw new IllegalArgumentException(
          "array of length " + data.length + " is too short for " + rows + " x " + cols);
    }
    return new Matrix(rows, cols, data, null);
  }

  /**
   * Wraps an existing array of floats without copying it.
   *
   * @param rows the number of rows
   * @param cols the number of columns
   * @param data row-major values, at least {@code rows * cols} long
   * @return a {@link Precision#FLOAT32} matrix backed by {@code data}
   * @since 2.3
   */
  public static Matrix wrap(int rows, int cols, float[] data) {
    if (data.length < checkedSize(rows, cols)) {
      throw new IllegalArgumentException(
          "array of length " + data.length + " is too short for " + rows + " x " + cols);
    }
    return new Matrix(rows, cols, null, data);
  }

  /**
   * Copies a {@code [row][column]} array into a new matrix.
   *
   * @param values a rectangular array with at least one column
   * @return a new matrix holding a copy of {@code values}
   */
  public static Matrix of(double[][] values) {
    int cols = values.length == 0 ? 1 : values[0].length;
    Matrix matrix = new Matrix(values.length, cols);
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != cols) {
        throw new IllegalArgumentException(
            "row " + r + " has " + values[r].length + " columns, expected " + cols);
      }
      System.arraycopy(values[r], 0, matrix.data, r * cols, cols);
    }
    return matrix;
  }

  private static int checkedSize(int rows, int cols) {
    if (rows < 0 || cols < 1) {
      throw new IllegalArgumentException("invalid matrix shape " + rows + " x " + cols);
    }
    long size = (long) rows * cols;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("matrix " + rows + " x " + cols + " is too large");
    }
    return (int) size;
  }

  /** {@return the number of rows (samples)} */
  public int rows() {
    return rows;
  }

  /** {@return the number of columns (features or units)} */
  public int cols() {
    return cols;
  }

  /** {@return the number of meaningful entries, {@code rows() * cols()}} */
  public int size() {
    return rows * cols;
  }

  /**
   * {@return whether this matrix holds doubles or floats}
   *
   * @since 2.3
   */
  public Precision precision() {
    return data != null ? Precision.FLOAT64 : Precision.FLOAT32;
  }

  /**
   * The backing array of a {@link Precision#FLOAT64} matrix, row-major; only the first {@link
   * #size()} entries are meaningful.
   *
   * @return the live array, not a copy
   * @throws IllegalStateException if this matrix holds floats
   */
  public double[] data() {
    if (data == null) {
      throw new IllegalStateException("this matrix holds float32 values: use floats()");
    }
    return data;
  }

  /**
   * The backing array of a {@link Precision#FLOAT32} matrix, row-major; only the first {@link
   * #size()} entries are meaningful.
   *
   * @return the live array, not a copy
   * @throws IllegalStateException if this matrix holds doubles
   * @since 2.3
   */
  public float[] floats() {
    if (floats == null) {
      throw new IllegalStateException("this matrix holds float64 values: use data()");
    }
    return floats;
  }

  /**
   * Reads one element.
   *
   * @param row from 0 to {@code rows() - 1}
   * @param col from 0 to {@code cols() - 1}
   * @return element (row, col)
   */
  public double get(int row, int col) {
    int index = index(row, col);
    return data != null ? data[index] : floats[index];
  }

  /**
   * Writes one element.
   *
   * @param row from 0 to {@code rows() - 1}
   * @param col from 0 to {@code cols() - 1}
   * @param value the new value of element (row, col), rounded to the nearest float in a
   *     {@link Precision#FLOAT32} matrix
   */
  public void set(int row, int col, double value) {
    int index = index(row, col);
    if (data != null) {
      data[index] = value;
    } else {
      floats[index] = (float) value;
    }
  }

  private int index(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException(
          "(" + row + ", " + col + ") outside " + rows + " x " + cols);
    }
    return row * cols + col;
  }

  /**
   * Changes the number of rows, keeping the backing array when it is large enough and growing it
   * otherwise. Values of the rows kept are preserved; the content of new rows is unspecified.
   *
   * @param newRows the new number of rows, at least 0
   */
  public void resizeRows(int newRows) {
    int size = checkedSize(newRows, cols);
    if (data != null && size > data.length) {
      data = Arrays.copyOf(data, size);
    } else if (floats != null && size > floats.length) {
      floats = Arrays.copyOf(floats, size);
    }
    rows = newRows;
  }

  /** Sets every meaningful entry to zero. */
  public void fillZero() {
    if (data != null) {
      Arrays.fill(data, 0, size(), 0.0);
    } else {
      Arrays.fill(floats, 0, size(), 0.0f);
    }
  }

  /**
   * Copies the meaningful entries into a new {@code [row][column]} array (floats widened exactly
   * to doubles).
   *
   * @return a fresh array
   */
  public double[][] toArray() {
    double[][] out = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      if (data != null) {
        System.arraycopy(data, r * cols, out[r], 0, cols);
      } else {
        for (int c = 0; c < cols; c++) {
          out[r][c] = floats[r * cols + c];
        }
      }
    }
    return out;
  }

  /**
   * Returns a new matrix with a copy of the meaningful entries.
   *
   * @return an independent copy in the same precision whose backing array is exactly {@code
   *     size()} long
   */
  public Matrix copy() {
    return data != null
        ? new Matrix(rows, cols, Arrays.copyOf(data, size()), null)
        : new Matrix(rows, cols, null, Arrays.copyOf(floats, size()));
  }

  @Override
  public String toString() {
    return "Matrix[" + rows + " x " + cols + (data != null ? "]" : ", float32]");
  }
}
