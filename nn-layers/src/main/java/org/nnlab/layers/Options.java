package org.nnlab.layers;

import java.util.Arrays;
import java.util.Optional;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.Parameter;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;

/**
 * Reads the options of the layers of this module within the ranges their {@link
 * OptionDescription}s state, so that each range is written once: for the check, the message and
 * {@code nn schema}.
 */
final class Options {
  private Options() {}

  /** A number within the option's range, or {@code defaultValue} when it is absent. */
  static double number(PluginOptions options, OptionDescription option, double defaultValue) {
    double value = options.number(option.key(), defaultValue);
    if (!option.accepts(value)) {
      throw new InvalidOptionException(option.key(), expected(option), value);
    }
    return value;
  }

  /**
   * Fills {@code target} from a vector option of exactly {@code target.length} numbers, or with
   * {@code defaultValue} when the option is absent.
   */
  static void vector(PluginOptions options, OptionDescription option, double[] target,
      double defaultValue) {
    Optional<double[]> given = options.vector(option.key());
    if (given.isEmpty()) {
      Arrays.fill(target, defaultValue);
      return;
    }
    double[] values = given.get();
    if (values.length != target.length) {
      throw new InvalidOptionException(option.key(), target.length
          + " numbers (one per feature)", values.length + " numbers");
    }
    System.arraycopy(values, 0, target, 0, values.length);
  }

  /**
   * Fills a one-row parameter from a vector option, or with {@code defaultValue}, in the
   * parameter's precision: a saved model's values are doubles, and a {@code float32} parameter
   * takes each rounded to the nearest float (the values a {@code float32} run saved, widened
   * exactly, so come back unchanged).
   */
  static void vector(PluginOptions options, OptionDescription option, Parameter target,
      double defaultValue) {
    if (target.precision() == Precision.FLOAT64) {
      vector(options, option, target.values(), defaultValue);
      return;
    }
    double[] values = new double[target.size()];
    vector(options, option, values, defaultValue);
    float[] floats = target.floatValues();
    for (int i = 0; i < values.length; i++) {
      floats[i] = (float) values[i];
    }
  }

  /** Refuses a negative entry of a vector option, such as a variance. */
  static void notNegative(OptionDescription option, double[] values) {
    for (double value : values) {
      if (value < 0) {
        throw new InvalidOptionException(option.key(), "numbers of at least 0", value);
      }
    }
  }

  private static String expected(OptionDescription option) {
    boolean lower = option.minimum() > Double.NEGATIVE_INFINITY;
    boolean upper = option.maximum() < Double.POSITIVE_INFINITY;
    if (lower && upper) {
      return "a number in " + (option.minimumExclusive() ? "(" : "[") + plain(option.minimum())
          + ", " + plain(option.maximum()) + (option.maximumExclusive() ? ")" : "]");
    }
    return lower ? "a number " + (option.minimumExclusive() ? "above " : "of at least ")
        + plain(option.minimum()) : "a number";
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value);
  }
}
