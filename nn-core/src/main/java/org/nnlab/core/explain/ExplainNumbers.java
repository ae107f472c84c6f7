package org.nnlab.core.explain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How {@code nn explain} writes numbers: six significant digits ({@code 0.593270}), except that a
 * number which is exactly a shorter decimal, as the weights and data a user types usually are,
 * is written as typed ({@code 0.15}, {@code 0.3775}). The same in every locale.
 */
public final class ExplainNumbers {
  /** The significant digits of a computed number. */
  public static final int DIGITS = 6;

  private static final double PLAIN_FROM = 1e-4;
  private static final double PLAIN_BELOW = 1e6;

  private ExplainNumbers() {}

  /** The number as {@code nn explain} prints it. */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    boolean plain = magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW;
    if (exact.precision() <= DIGITS) {
      return plain ? exact.toPlainString() : scientific(exact);
    }
    return String.format(Locale.ROOT, "%." + DIGITS + "g", value);
  }

  // A short number written as %g would write it, without its trailing zeros: 1e-07, 2.5e+06.
  private static String scientific(BigDecimal exact) {
    int exponent = exact.precision() - exact.scale() - 1;
    BigDecimal mantissa = exact.movePointLeft(exponent).stripTrailingZeros();
    return mantissa.toPlainString() + String.format(Locale.ROOT, "e%s%02d",
        exponent < 0 ? "-" : "+", Math.abs(exponent));
  }
}
