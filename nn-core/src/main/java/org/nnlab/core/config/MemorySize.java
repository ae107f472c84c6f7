package org.nnlab.core.config;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the memory something needs next to the memory allowed, rounded so that the two never
 * read the same: the need is rounded up and the allowance down, as in {@code needs about 2.6 GB,
 * more than the 2.5 GB this JVM allows}. Sizes of a gigabyte or more are written in GB with one
 * decimal, smaller ones in whole MB.
 */
public final class MemorySize {
  private MemorySize() {}

  /** A size that is needed, rounded up. */
  public static String needed(double bytes) {
    return format(bytes, RoundingMode.CEILING);
  }

  /** A size that is allowed, rounded down. */
  public static String allowed(double bytes) {
    return format(bytes, RoundingMode.FLOOR);
  }

  private static String format(double bytes, RoundingMode rounding) {
    boolean gigabytes = bytes >= 1e9;
    BigDecimal size = BigDecimal.valueOf(bytes / (gigabytes ? 1e9 : 1e6))
        .setScale(gigabytes ? 1 : 0, rounding);
    return size.toPlainString() + (gigabytes ? " GB" : " MB");
  }
}
