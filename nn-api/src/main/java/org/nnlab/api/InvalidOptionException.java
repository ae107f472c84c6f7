package org.nnlab.api;

/**
 * A plugin option whose value does not fit what the plugin expects.
 *
 * <p>Thrown by {@link PluginOptions} getters, and by providers themselves for range checks, for
 * example {@code throw new InvalidOptionException("alpha", "a number in [0, 1)", alpha)}. The
 * runtime adds the file, line and key path and shows the user one line of the form
 * {@code file:line:column: path.to.key: expected <expected>, found <found>}.
 */
public class InvalidOptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The option's name. */
  private final String key;
  /** What a valid value looks like. */
  private final String expected;
  /** The value found, as text. */
  private final String found;

  /**
   * Creates the exception.
   *
   * @param key the option's name, as written in the configuration
   * @param expected what a valid value looks like, e.g. {@code "a positive number"}
   * @param found the value found, or a description of it; {@code null} when absent
   */
  public InvalidOptionException(String key, String expected, Object found) {
    super(key + ": expected " + expected + ", found " + (found == null ? "nothing" : found));
    this.key = key;
    this.expected = expected;
    this.found = found == null ? "nothing" : String.valueOf(found);
  }

  /** {@return the option's name} */
  public String key() {
    return key;
  }

  /** {@return what a valid value looks like} */
  public String expected() {
    return expected;
  }

  /** {@return the value found, as text; {@code "nothing"} when the option was missing} */
  public String found() {
    return found;
  }
}
