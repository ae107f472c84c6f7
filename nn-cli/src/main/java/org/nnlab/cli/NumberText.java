package org.nnlab.cli;

import java.util.Locale;

/** How numbers look in nn's terminal tables. */
public final class NumberText {
  private NumberText() {}

  /** Three significant digits in scientific notation ({@code 2.35e-08}), or {@code -}. */
  public static String scientific(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2e", value) : "-";
  }
}
