package org.nnlab.optimizers;

import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.PluginOptions;

/**
 * Reads an optimizer's numeric settings within the ranges their {@link OptionDescription}s state,
 * as PyTorch checks them, so that each range is written once: for the check, the message and
 * {@code nn schema}.
 */
final class Settings {
  private Settings() {}

  /** A number within the option's range; the message says the range in words. */
  static double number(PluginOptions options, OptionDescription option, double defaultValue) {
    double value = options.number(option.key(), defaultValue);
    if (!option.accepts(value)) {
      throw new InvalidOptionException(option.key(), expected(option), value);
    }
    return value;
  }

  /** A positive number: {@code greaterThan(0)}. */
  static OptionDescription positive(String key, String text) {
    return OptionDescription.of(key, text).greaterThan(0);
  }

  /** A number of at least 0. */
  static OptionDescription notNegative(String key, String text) {
    return OptionDescription.of(key, text).atLeast(0);
  }

  /** A number in [0, 1). */
  static OptionDescription share(String key, String text) {
    return OptionDescription.of(key, text).atLeast(0).lessThan(1);
  }

  private static String expected(OptionDescription option) {
    boolean lower = option.minimum() > Double.NEGATIVE_INFINITY;
    boolean upper = option.maximum() < Double.POSITIVE_INFINITY;
    if (lower && upper) {
      return "a number in " + (option.minimumExclusive() ? "(" : "[") + plain(option.minimum())
          + ", " + plain(option.maximum()) + (option.maximumExclusive() ? ")" : "]");
    }
    if (lower && option.minimum() == 0) {
      return option.minimumExclusive() ? "a positive number" : "a number of at least 0";
    }
    if (lower) {
      return "a number " + (option.minimumExclusive() ? "above " : "of at least ")
          + plain(option.minimum());
    }
    return upper ? "a number " + (option.maximumExclusive() ? "below " : "of at most ")
        + plain(option.maximum()) : "a number";
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value);
  }
}
