package org.nnlab.api.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens what a message quotes of the user's input: a value, a key or a list of names. A
 * message is one line that names the problem; a value of a million characters echoed whole
 * would bury it.
 */
public final class Excerpt {
  /** The most characters of one value a message shows. */
  public static final int MAX_CHARS = 80;

  /** The most names of a list a message shows. */
  public static final int MAX_NAMES = 20;

  private Excerpt() {}

  /**
   * Returns the text, or its first {@value #MAX_CHARS} characters, {@code ...} and its length.
   *
   * @param text the user's text
   * @return for example {@code 11111111...1111 (1000000 characters)}
   */
  public static String of(String text) {
    return text.length() <= MAX_CHARS ? text : cut(text) + "... (" + text.length()
        + " characters)";
  }

  /**
   * Returns the text in single quotes, shortened like {@link #of}.
   *
   * @param text the user's text
   * @return for example {@code 'abc'} or {@code 'aaaa...' (1000000 characters)}
   */
  public static String quoted(String text) {
    return text.length() <= MAX_CHARS ? "'" + text + "'"
        : "'" + cut(text) + "...' (" + text.length() + " characters)";
  }

  /**
   * Joins names with commas: at most {@value #MAX_NAMES}, each shortened like {@link #of}.
   *
   * @param names the names
   * @return for example {@code a, b, c}, or {@code a, b, ... (30000 in all)}
   */
  public static String list(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (String name : names.subList(0, Math.min(names.size(), MAX_NAMES))) {
      shown.add(of(name));
    }
    return String.join(", ", shown)
        + (names.size() > MAX_NAMES ? ", ... (" + names.size() + " in all)" : "");
  }

  // Never between the two halves of a surrogate pair.
  private static String cut(String text) {
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }
}
