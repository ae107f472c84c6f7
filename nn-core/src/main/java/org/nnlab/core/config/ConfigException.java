package org.nnlab.core.config;

import java.util.Objects;
import org.nnlab.api.internal.Excerpt;

/**
 * Bad user input: a configuration, data file or command-line value that cannot be used.
 *
 * <p>The message is one line the user can act on, of the form {@code file:line:column:
 * key.path: what is wrong}, with the expected form, what was found and, for unknown names, the
 * known ones and a suggestion. The command line prints it as is and exits with code 2.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String keyPath;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param location where the offending value was written
   * @param keyPath the dotted path of the key, such as {@code model.layers[1].units}; empty when
   *     the problem is not tied to a key
   * @param problem what is wrong, such as {@code expected a positive integer, found -3}
   */
  public ConfigException(Location location, String keyPath, String problem) {
    super(format(location, keyPath, problem));
    this.location = Objects.requireNonNull(location, "location");
    this.keyPath = Objects.requireNonNull(keyPath, "keyPath");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  // A key or value may hold a line break or an ESC sequence; the message stays one plain line.
  // A key path holds the user's keys, so it is shortened like any value a message quotes.
  private static String format(Location location, String keyPath, String problem) {
    return ControlCharacters.escape(
        location + ": " + (keyPath.isEmpty() ? "" : Excerpt.of(keyPath) + ": ") + problem);
  }

  /** Where the offending value was written. */
  public Location location() {
    return location;
  }

  /** The dotted key path, or empty. */
  public String keyPath() {
    return keyPath;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
