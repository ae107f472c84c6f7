package org.nnlab.core.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * Escapes in JSON text, with JSON's six-character escapes, the characters that JSON allows raw
 * but that a YAML reader refuses or folds (DEL, C1 controls, NEL, U+2028/2029, the byte order
 * mark, U+FFFE and U+FFFF), and every surrogate, which UTF-8 cannot hold alone (a pair, escaped
 * half by half, reads back as its character). So the report's {@code config}, read as YAML,
 * gives back the same text.
 */
final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii = standardAsciiEscapesForJSON();

  JsonEscapes() {
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    boolean escaped = (ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
        || ch == 0xFEFF || ch >= 0xFFFE || Character.isSurrogate((char) ch);
    return escaped ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
  }
}
