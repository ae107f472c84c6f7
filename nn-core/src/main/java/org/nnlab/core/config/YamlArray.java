package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A list of numbers, or a list of equally long rows, kept packed rather than as one node per
 * number: what a {@link SidecarFormat#TAG} reference to a saved model's sidecar file reads as.
 * {@link Values#numbers} and {@link Values#rows} accept it as they accept the list it stands for.
 * Its numbers are shared, never changed.
 */
public final class YamlArray implements YamlNode {
  private final double[] data;
  private final int offset;
  private final int rows;
  private final int cols;
  private final boolean matrix;
  private final Location location;
  private final Path source;

  /**
   * Creates the array over {@code data[offset]} onwards.
   *
   * @param data the numbers, shared
   * @param offset the index of the first number
   * @param rows the number of rows; 1 for a list
   * @param cols the numbers per row
   * @param matrix whether it stands for a list of rows rather than one list
   * @param location where the reference was written
   * @param source the file the numbers were read from
   */
  public YamlArray(double[] data, int offset, int rows, int cols, boolean matrix,
      Location location, Path source) {
    if (offset < 0 || (long) rows * cols > data.length - (long) offset) {
      throw new IllegalArgumentException("the array does not fit its data");
    }
    this.data = data;
    this.offset = offset;
    this.rows = rows;
    this.cols = cols;
    this.matrix = matrix;
    this.location = location;
    this.source = source;
  }

  /** Whether it stands for a list of rows rather than one list of numbers. */
  public boolean isMatrix() {
    return matrix;
  }

  /** The number of rows; 1 for a list. */
  public int rows() {
    return rows;
  }

  /** The numbers per row; the length for a list. */
  public int cols() {
    return cols;
  }

  /** Returns a copy of {@code count} numbers from index {@code from}, rows first. */
  public double[] numbers(int from, int count) {
    return Arrays.copyOfRange(data, offset + from, offset + from + count);
  }

  /** The file the numbers were read from. */
  public Path source() {
    return source;
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public String describe() {
    return matrix ? "a " + rows + " x " + cols + " matrix of numbers"
        : "a list of " + cols + " numbers";
  }

  @Override
  public YamlArray copy() {
    return this;
  }
}
