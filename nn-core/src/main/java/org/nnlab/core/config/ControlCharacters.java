package org.nnlab.core.config;

import java.util.Locale;

/**
 * Makes text from users and plugins safe to print: a YAML key, a plugin's name or description, a
 * file name or an exception message may hold control characters, and an ESC sequence that
 * reaches a terminal can move the cursor, recolour or clear the screen. Every control character,
 * and the Unicode controls that reorder text, is written as a Java escape instead, so the text
 * stays one visible line.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * Escapes every control character: {@code \n}, {@code \r} and {@code \t} by name, the others as
   * {@code \}{@code u001b} and the like. Text without control characters is returned unchanged,
   * so escaping twice changes nothing.
   *
   * @param text any text, possibly {@code null}
   * @return the text with its control characters escaped; {@code "null"} for {@code null}
   */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(switch (c) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
      });
    }
    return out == null ? text : out.toString();
  }

  // C0 and C1 controls and DEL, and the bidirectional embeddings, overrides and isolates.
  private static boolean isControl(char c) {
    return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
