package org.nnlab.core.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The characters a configuration or data file may hold: YAML's printable set (tab, line breaks
 * and every character but the other control characters, surrogates, U+FFFE and U+FFFF), and a
 * byte-order mark only as the file's first character, where it is dropped. Elsewhere a mark is
 * invisible in every message, so {@code \uFEFFseed} would read as an unknown key {@code seed}.
 */
public final class TextCharacters {
  /** The byte-order mark. */
  public static final int BYTE_ORDER_MARK = 0xFEFF;

  private TextCharacters() {}

  /**
   * Tells why a character may not appear where it is.
   *
   * @param codePoint the character
   * @param startOfFile whether it is the file's first character
   * @param format the file's format for messages, such as {@code YAML} or {@code CSV}
   * @return the problem, such as {@code the character U+0000 is not allowed in CSV text}, or
   *     empty when the character is allowed
   */
  public static Optional<String> problem(int codePoint, boolean startOfFile, String format) {
    if (codePoint == BYTE_ORDER_MARK && !startOfFile) {
      return Optional.of("a byte-order mark (U+FEFF) is allowed only at the start of the file; "
          + "remove it");
    }
    if (!isPrintable(codePoint)) {
      return Optional.of(String.format(Locale.ROOT,
          "the character U+%04X is not allowed in %s text", codePoint, format));
    }
    return Optional.empty();
  }

  /** YAML 1.2's {@code c-printable}, which snakeyaml also applies. */
  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E) || c == '\t' || c == '\n' || c == '\r' || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
