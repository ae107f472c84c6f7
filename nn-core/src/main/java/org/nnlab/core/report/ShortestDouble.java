package org.nnlab.core.report;

/**
 * Writes a double with the fewest significant digits that read back as the same double, in
 * Java's layout ({@code 0.25}, {@code 1.0E23}). Java 17's {@code Double.toString} reads back
 * exactly but sometimes keeps a digit too many ({@code 9.999999999999999E22} for 1e23); this
 * drops such digits while the value still reads back the same: at each step the two numbers of
 * one digit fewer around it are tried, the nearer first.
 */
public final class ShortestDouble {
  private ShortestDouble() {}

  /**
   * Formats a value.
   *
   * @param value any double
   * @return its shortest exact text; {@code NaN}, {@code Infinity} and {@code -Infinity} as Java
   *     writes them
   */
  public static String of(double value) {
    String text = Double.toString(value);
    if (!Double.isFinite(value) || value == 0) {
      return text;
    }
    Decimal decimal = Decimal.parse(text);
    Decimal shortest = null;
    for (Decimal shorter = decimal.shorter(value); shorter != null;
        shorter = shorter.shorter(value)) {
      shortest = shorter;
    }
    return shortest == null ? text : shortest.layout();
  }

  /**
   * A decimal 0.DIGITS × 10^exponent, DIGITS without leading or trailing zeros.
   *
   * @param negative whether it is below zero
   * @param digits the significant digits, the first not 0
   * @param exponent the power of ten of the digits' decimal point
   */
  private record Decimal(boolean negative, String digits, int exponent) {
    static Decimal parse(String text) {
      boolean negative = text.startsWith("-");
      int e = text.indexOf('E');
      String mantissa = text.substring(negative ? 1 : 0, e < 0 ? text.length() : e);
      int power = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
      int point = mantissa.indexOf('.');
      String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
      int first = 0;
      while (all.charAt(first) == '0') {
        first++;
      }
      return of(negative, all.substring(first), point - first + power);
    }

    private static Decimal of(boolean negative, String digits, int exponent) {
      int end = digits.length();
      while (end > 1 && digits.charAt(end - 1) == '0') {
        end--;
      }
      return new Decimal(negative, digits.substring(0, end), exponent);
    }

    /** The decimal of one digit fewer that reads back as {@code value}, or null. */
    Decimal shorter(double value) {
      int n = digits.length();
      if (n <= 1) {
        return null;
      }
      Decimal down = of(negative, digits.substring(0, n - 1), exponent);
      Decimal up = down.plusOneUnit(n - 1);
      boolean upFirst = digits.charAt(n - 1) >= '5';
      for (Decimal candidate : upFirst ? new Decimal[] {up, down} : new Decimal[] {down, up}) {
        if (candidate.value() == value) {
          return candidate;
        }
      }
      return null;
    }

    // Adds one to the last of `length` digits (the digits are padded with zeros to it).
    private Decimal plusOneUnit(int length) {
      char[] padded = (digits + "0".repeat(length - digits.length())).toCharArray();
      int i = padded.length - 1;
      while (i >= 0 && padded[i] == '9') {
        padded[i--] = '0';
      }
      if (i < 0) {
        return of(negative, "1" + new String(padded), exponent + 1);
      }
      padded[i]++;
      return of(negative, new String(padded), exponent);
    }

    double value() {
      return Double.parseDouble((negative ? "-0." : "0.") + digits + "E" + exponent);
    }

    // As Double.toString lays numbers out: plain from 10^-3 up to 10^7, else d.dddE±n.
    String layout() {
      String sign = negative ? "-" : "";
      int scientific = exponent - 1;
      if (scientific >= -3 && scientific < 7) {
        if (exponent <= 0) {
          return sign + "0." + "0".repeat(-exponent) + digits;
        }
        String whole = digits.length() > exponent ? digits.substring(0, exponent)
            : digits + "0".repeat(exponent - digits.length());
        String fraction = digits.length() > exponent ? digits.substring(exponent) : "0";
        return sign + whole + "." + fraction;
      }
      return sign + digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0")
          + "E" + scientific;
    }
  }
}
