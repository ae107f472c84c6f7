package org.nnlab.core.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * Converts YAML nodes to Java values, or throws a {@link ConfigException} of the form
 * {@code file:line:column: key.path: expected <what>, found <what>}.
 */
public final class Values {
  private Values() {}

  /** Returns the exception for a value of the wrong form. */
  public static ConfigException expected(YamlNode node, String path, String expected) {
    return new ConfigException(
        node.location(), path, "expected " + expected + ", found " + node.describe());
  }

  /** Reads a mapping. */
  public static YamlMap map(YamlNode node, String path) {
    if (node instanceof YamlMap map) {
      return map;
    }
    throw expected(node, path, "a mapping of keys to values");
  }

  /** Reads a list. */
  public static YamlList list(YamlNode node, String path) {
    if (node instanceof YamlList list) {
      return list;
    }
    throw expected(node, path, "a list");
  }

  /** Reads a finite number. */
  public static double number(YamlNode node, String path) {
    if (node instanceof YamlScalar scalar && scalar.value() instanceof Number number) {
      double value = number.doubleValue();
      if (Double.isFinite(value)) {
        return value;
      }
      throw expected(node, path, "a finite number");
    }
    throw expected(node, path, "a number");
  }

  /** Reads a number greater than zero. */
  public static double positiveNumber(YamlNode node, String path) {
    double value = number(node, path);
    if (value > 0) {
      return value;
    }
    throw expected(node, path, "a positive number");
  }

  /**
   * Reads an integer within {@code [min, max]}. A whole number written as a float, such as
   * {@code 1e3}, counts when the number written is exactly that integer: the double it was read
   * into may differ ({@code 9.2233720368547758e18} is 2<sup>63</sup> as a double).
   */
  public static long integer(YamlNode node, String path, long min, long max) {
    if (node instanceof YamlScalar scalar) {
      if (scalar.value() instanceof Long value && value >= min && value <= max) {
        return value;
      }
      if (scalar.value() instanceof Double value) {
        OptionalLong whole = wholeNumber(value, scalar.text());
        if (whole.isPresent() && whole.getAsLong() >= min && whole.getAsLong() <= max) {
          return whole.getAsLong();
        }
      }
    }
    throw expected(node, path, "an integer" + range(min, max));
  }

  // The integer the text names exactly; the double only decides what is worth the exact look.
  private static OptionalLong wholeNumber(double value, String text) {
    if (value != Math.rint(value) || Math.abs(value) > 0x1p63) {
      return OptionalLong.empty();
    }
    try {
      // Stripped first, so that 1e-99999 is seen to be fractional without dividing it out.
      BigDecimal exact = new BigDecimal(text.replace("_", "")).stripTrailingZeros();
      if (exact.scale() > 0) {
        return OptionalLong.empty();
      }
      BigInteger whole = exact.toBigInteger();
      return whole.bitLength() < Long.SIZE ? OptionalLong.of(whole.longValue())
          : OptionalLong.empty();
    } catch (NumberFormatException e) {
      // YAML 1.1's sexagesimal 1:30.0 is no decimal; its double is exact up to 2^53.
      return text.contains(":") && Math.abs(value) <= 0x1p53 ? OptionalLong.of((long) value)
          : OptionalLong.empty();
    }
  }

  /** Reads an integer within {@code [1, max]}. */
  public static int positiveInt(YamlNode node, String path, int max) {
    return (int) integer(node, path, 1, max);
  }

  /** Reads {@code true} or {@code false}. */
  public static boolean bool(YamlNode node, String path) {
    if (node instanceof YamlScalar scalar && scalar.value() instanceof Boolean value) {
      return value;
    }
    throw expected(node, path, "true or false");
  }

  /** Reads a scalar as text; numbers and booleans are returned as written. */
  public static String text(YamlNode node, String path) {
    if (node instanceof YamlScalar scalar && !scalar.isNull()) {
      return scalar.text();
    }
    throw expected(node, path, "text");
  }

  /** Reads a name: text made of lowercase letters, digits and underscores. */
  public static String name(YamlNode node, String path) {
    if (node instanceof YamlScalar scalar && scalar.value() instanceof String text) {
      return text;
    }
    throw expected(node, path, "a name");
  }

  /**
   * Reads a list of finite numbers; a single number counts as a list of one, and a packed
   * {@link YamlArray} list as the list it stands for.
   */
  public static double[] numbers(YamlNode node, String path) {
    if (node instanceof YamlScalar) {
      return new double[] {number(node, path)};
    }
    if (node instanceof YamlArray array && !array.isMatrix()) {
      return finite(array, 0, array.cols(), path);
    }
    YamlList list = list(node, path);
    double[] values = new double[list.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = number(list.get(i), KeyPaths.index(path, i));
    }
    return values;
  }

  /**
   * Reads a rectangular list of lists of finite numbers, written out or as a packed
   * {@link YamlArray}. A flat list of numbers is read as one column when {@code flatIsColumn} is
   * set, and as one row otherwise.
   */
  public static double[][] rows(YamlNode node, String path, boolean flatIsColumn) {
    if (node instanceof YamlArray array) {
      return rows(array, path, flatIsColumn);
    }
    YamlList list = list(node, path);
    if (list.size() == 0) {
      throw expected(node, path, "a non-empty list of rows");
    }
    boolean flat = list.get(0) instanceof YamlScalar;
    if (flat && !flatIsColumn) {
      return new double[][] {numbers(node, path)};
    }
    double[][] rows = new double[list.size()][];
    for (int i = 0; i < rows.length; i++) {
      String rowPath = KeyPaths.index(path, i);
      YamlNode row = list.get(i);
      if (flat != (row instanceof YamlScalar)) {
        throw expected(row, rowPath, flat ? "a number, like the rows above" : "a list of numbers");
      }
      rows[i] = numbers(row, rowPath);
      if (rows[i].length != rows[0].length) {
        throw new ConfigException(
            row.location(),
            rowPath,
            "expected " + rows[0].length + " numbers like the first row, found " + rows[i].length);
      }
    }
    return rows;
  }

  private static double[][] rows(YamlArray array, String path, boolean flatIsColumn) {
    if (array.cols() == 0 || array.rows() == 0) {
      throw expected(array, path, "a non-empty list of rows");
    }
    if (!array.isMatrix()) {
      double[] values = finite(array, 0, array.cols(), path);
      if (!flatIsColumn) {
        return new double[][] {values};
      }
      double[][] column = new double[values.length][];
      for (int i = 0; i < values.length; i++) {
        column[i] = new double[] {values[i]};
      }
      return column;
    }
    double[][] rows = new double[array.rows()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = finite(array, r * array.cols(), array.cols(), KeyPaths.index(path, r));
    }
    return rows;
  }

  private static double[] finite(YamlArray array, int from, int count, String path) {
    double[] values = array.numbers(from, count);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new ConfigException(array.location(), KeyPaths.index(path, i),
            "expected a finite number, found " + values[i] + " in " + array.source().getFileName());
      }
    }
    return values;
  }

  private static String range(long min, long max) {
    boolean unbounded = max == Long.MAX_VALUE || max == Integer.MAX_VALUE;
    if (min == Long.MIN_VALUE) {
      return unbounded ? "" : " of at most " + max;
    }
    return unbounded ? " of at least " + min : " from " + min + " to " + max;
  }
}
