package org.nnlab.api.internal;

import java.util.List;

/**
 * The rules every reader of plugin options applies, whatever the values were written in: what
 * counts as a number, an integer, a flag, text, a vector and a matrix. Each method returns the
 * value or throws a {@link RefusedOption} naming the option (and the item, inside a list), what
 * was expected and what was found.
 */
public final class OptionRules {
  private OptionRules() {}

  /**
   * Reads a finite number.
   *
   * @param key the option's name
   * @param value the value written
   * @return the number
   * @throws RefusedOption when the value is not a finite number
   */
  public static double number(String key, OptionValue value) {
    if (value.scalar() instanceof Number number && Double.isFinite(number.doubleValue())) {
      return number.doubleValue();
    }
    throw refused(key, "", value, "a finite number");
  }

  /**
   * Reads an integer that fits an {@code int}. A whole number written as a decimal
   * ({@code 3.0}, {@code 1e3}) counts, as it does for the engine's own keys.
   *
   * @param key the option's name
   * @param value the value written
   * @return the integer
   * @throws RefusedOption when the value is not a whole number within the range of {@code int}
   */
  public static int integer(String key, OptionValue value) {
    if (value.scalar() instanceof Number number) {
      double whole = number.doubleValue();
      if (whole == Math.rint(whole) && whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE) {
        return (int) whole;
      }
    }
    throw refused(key, "", value, "an integer");
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @param key the option's name
   * @param value the value written
   * @return the flag
   * @throws RefusedOption when the value is not a boolean
   */
  public static boolean flag(String key, OptionValue value) {
    if (value.scalar() instanceof Boolean flag) {
      return flag;
    }
    throw refused(key, "", value, "true or false");
  }

  /**
   * Reads a scalar as text; a number or flag is returned as written.
   *
   * @param key the option's name
   * @param value the value written
   * @return the text
   * @throws RefusedOption when the value is not a scalar (a list, a mapping, nothing)
   */
  public static String text(String key, OptionValue value) {
    if (value.scalar() != null) {
      return value.text();
    }
    throw refused(key, "", value, "text");
  }

  /**
   * Reads a list of finite numbers; a single number counts as a list of one.
   *
   * @param key the option's name
   * @param value the value written
   * @return a fresh array
   * @throws RefusedOption when the value is neither a number nor a list of finite numbers
   */
  public static double[] vector(String key, OptionValue value) {
    if (value.packedNumbers() != null) {
      return value.packedNumbers();
    }
    if (value.scalar() instanceof Number) {
      return new double[] {number(key, value)};
    }
    if (!value.isList()) {
      throw refused(key, "", value, "a list of numbers");
    }
    return numbers(key, "", value.items());
  }

  /**
   * Reads a non-empty list of equally long lists of finite numbers, indexed
   * {@code [row][column]}.
   *
   * @param key the option's name
   * @param value the value written
   * @return fresh arrays
   * @throws RefusedOption when the value is not such a list of lists, naming the first row that
   *     is not a list of numbers or is not as long as the first row
   */
  public static double[][] matrix(String key, OptionValue value) {
    if (value.packedRows() != null) {
      return value.packedRows();
    }
    List<OptionValue> rows = value.items();
    if (rows.isEmpty() || !rows.get(0).isList()) {
      throw refused(key, "", value, "a list of lists of numbers");
    }
    double[][] matrix = new double[rows.size()][];
    for (int r = 0; r < matrix.length; r++) {
      OptionValue row = rows.get(r);
      String index = "[" + r + "]";
      if (!row.isList()) {
        throw refused(key, index, row, "a list of numbers");
      }
      matrix[r] = numbers(key, index, row.items());
      if (matrix[r].length != matrix[0].length) {
        throw new RefusedOption(key, index, row, matrix[0].length + " numbers like the first row",
            String.valueOf(matrix[r].length));
      }
    }
    return matrix;
  }

  private static double[] numbers(String key, String index, List<OptionValue> items) {
    double[] numbers = new double[items.size()];
    for (int i = 0; i < numbers.length; i++) {
      OptionValue item = items.get(i);
      if (!(item.scalar() instanceof Number number && Double.isFinite(number.doubleValue()))) {
        throw refused(key, index + "[" + i + "]", item, "a finite number");
      }
      numbers[i] = number.doubleValue();
    }
    return numbers;
  }

  private static RefusedOption refused(
      String key, String index, OptionValue value, String expected) {
    return new RefusedOption(key, index, value, expected, value.describe());
  }
}
