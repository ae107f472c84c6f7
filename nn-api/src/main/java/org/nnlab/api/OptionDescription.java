package org.nnlab.api;

import java.util.Locale;
import java.util.Objects;

/**
 * What a provider says about one option its {@code create} reads, for the tools that help users
 * write configurations: a line saying what the option means and, for a number, the range it
 * accepts. {@code nn schema} puts it into the JSON Schema with which editors complete and check
 * configurations; the option's name, kind (number, integer, ...) and default are found by
 * calling {@code create} itself.
 *
 * <p>A description changes nothing about how the option is read: {@code create} still reads it
 * through {@link PluginOptions} and refuses a value out of range itself. Checking with
 * {@link #accepts(double)} there states the range once:
 *
 * <pre>{@code
 * static final OptionDescription BETA =
 *     OptionDescription.of("beta", "the slope of the sigmoid inside").greaterThan(0);
 *
 * double beta = options.number("beta", 1.0);
 * if (!BETA.accepts(beta)) {
 *   throw new InvalidOptionException("beta", "a positive number", beta);
 * }
 * }</pre>
 *
 * <p>Instances are immutable: each bound method returns a new description.
 *
 * @since 2.1
 */
public final class OptionDescription {
  private final String key;
  private final String text;
  private final double minimum;
  private final boolean minimumExclusive;
  private final double maximum;
  private final boolean maximumExclusive;

  private OptionDescription(String key, String text, double minimum, boolean minimumExclusive,
      double maximum, boolean maximumExclusive) {
    this.key = key;
    this.text = text;
    this.minimum = minimum;
    this.minimumExclusive = minimumExclusive;
    this.maximum = maximum;
    this.maximumExclusive = maximumExclusive;
  }

  /**
   * Describes an option without bounds.
   *
   * @param key the option's name, as {@code create} reads it
   * @param text one line saying what it means, such as {@code "the step size"}
   * @return the description
   * @throws NullPointerException when an argument is {@code null}
   */
  public static OptionDescription of(String key, String text) {
    return new OptionDescription(Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(text, "text"), Double.NEGATIVE_INFINITY, false,
        Double.POSITIVE_INFINITY, false);
  }

  /**
   * This description, with values below {@code minimum} refused.
   *
   * @param minimum the smallest value accepted
   * @return a new description
   * @throws IllegalArgumentException when {@code minimum} is NaN or above the maximum
   */
  public OptionDescription atLeast(double minimum) {
    return withMinimum(minimum, false);
  }

  /**
   * This description, with {@code minimum} and values below it refused.
   *
   * @param minimum the largest value refused below the range
   * @return a new description
   * @throws IllegalArgumentException when {@code minimum} is NaN or above the maximum
   */
  public OptionDescription greaterThan(double minimum) {
    return withMinimum(minimum, true);
  }

  /**
   * This description, with values above {@code maximum} refused.
   *
   * @param maximum the largest value accepted
   * @return a new description
   * @throws IllegalArgumentException when {@code maximum} is NaN or below the minimum
   */
  public OptionDescription atMost(double maximum) {
    return withMaximum(maximum, false);
  }

  /**
   * This description, with {@code maximum} and values above it refused.
   *
   * @param maximum the smallest value refused above the range
   * @return a new description
   * @throws IllegalArgumentException when {@code maximum} is NaN or below the minimum
   */
  public OptionDescription lessThan(double maximum) {
    return withMaximum(maximum, true);
  }

  /**
   * The option's name.
   *
   * @return the key, as {@code create} reads it
   */
  public String key() {
    return key;
  }

  /**
   * What the option means.
   *
   * @return one line
   */
  public String text() {
    return text;
  }

  /**
   * The lower bound.
   *
   * @return the bound, or negative infinity when there is none
   */
  public double minimum() {
    return minimum;
  }

  /**
   * Tells whether the lower bound itself is refused.
   *
   * @return {@code true} for {@link #greaterThan}, {@code false} for {@link #atLeast} or no bound
   */
  public boolean minimumExclusive() {
    return minimumExclusive;
  }

  /**
   * The upper bound.
   *
   * @return the bound, or positive infinity when there is none
   */
  public double maximum() {
    return maximum;
  }

  /**
   * Tells whether the upper bound itself is refused.
   *
   * @return {@code true} for {@link #lessThan}, {@code false} for {@link #atMost} or no bound
   */
  public boolean maximumExclusive() {
    return maximumExclusive;
  }

  /**
   * Tells whether a value is within the bounds.
   *
   * @param value the value read
   * @return {@code true} when no bound refuses it; {@code false} for NaN
   */
  public boolean accepts(double value) {
    boolean aboveMinimum = minimumExclusive ? value > minimum : value >= minimum;
    boolean belowMaximum = maximumExclusive ? value < maximum : value <= maximum;
    return aboveMinimum && belowMaximum;
  }

  private OptionDescription withMinimum(double bound, boolean exclusive) {
    if (Double.isNaN(bound) || bound > maximum) {
      throw new IllegalArgumentException("minimum " + bound + " of option '" + key
          + "' is not a number at most its maximum " + maximum);
    }
    return new OptionDescription(key, text, bound, exclusive, maximum, maximumExclusive);
  }

  private OptionDescription withMaximum(double bound, boolean exclusive) {
    if (Double.isNaN(bound) || bound < minimum) {
      throw new IllegalArgumentException("maximum " + bound + " of option '" + key
          + "' is not a number at least its minimum " + minimum);
    }
    return new OptionDescription(key, text, minimum, minimumExclusive, bound, exclusive);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OptionDescription that && key.equals(that.key)
        && text.equals(that.text) && Double.compare(minimum, that.minimum) == 0
        && minimumExclusive == that.minimumExclusive
        && Double.compare(maximum, that.maximum) == 0
        && maximumExclusive == that.maximumExclusive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, text, minimum, minimumExclusive, maximum, maximumExclusive);
  }

  /**
   * Shows the option and its range.
   *
   * @return for example {@code momentum in [0, 1): the share of the velocity kept}
   */
  @Override
  public String toString() {
    return key + " in " + (minimumExclusive ? "(" : "[") + bound(minimum) + ", "
        + bound(maximum) + (maximumExclusive ? ")" : "]") + ": " + text;
  }

  private static String bound(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%d", (long) value) : String.valueOf(value);
  }
}
