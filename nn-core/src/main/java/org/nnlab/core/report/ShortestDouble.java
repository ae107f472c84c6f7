package org.nnlab.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double with the fewest significant digits that read back as the same double, in
 * Java's layout ({@code 0.25}, {@code 1.0E23}). Java 17's {@code Double.toString} reads back
 * exactly but sometimes keeps a digit too many ({@code 9.999999999999999E22} for 1e23); this
 * drops such digits while the value still reads back the same.
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
    BigDecimal exact = new BigDecimal(value);
    String best = text;
    for (int digits = significantDigits(text) - 1; digits >= 1; digits--) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() != value) {
        break;
      }
      best = layout(rounded);
    }
    return best;
  }

  private static int significantDigits(String text) {
    int end = text.indexOf('E');
    String mantissa = (end < 0 ? text : text.substring(0, end)).replace("-", "").replace(".", "");
    int first = 0;
    while (first < mantissa.length() - 1 && mantissa.charAt(first) == '0') {
      first++;
    }
    int last = mantissa.length();
    while (last > first + 1 && mantissa.charAt(last - 1) == '0') {
      last--;
    }
    return last - first;
  }

  // As Double.toString lays numbers out: plain from 10^-3 up to 10^7, else d.dddE±n.
  private static String layout(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    int exponent = stripped.precision() - stripped.scale() - 1;
    String sign = stripped.signum() < 0 ? "-" : "";
    if (exponent >= -3 && exponent < 7) {
      String plain = stripped.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String digits = stripped.unscaledValue().abs().toString();
    return sign + digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0")
        + "E" + exponent;
  }
}
