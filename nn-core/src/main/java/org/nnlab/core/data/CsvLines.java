package org.nnlab.core.data;

import java.io.IOException;
import java.io.Reader;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.TextCharacters;

/**
 * Reads a CSV file line by line, checking every character as it arrives: a line longer than
 * {@value #MAX_LINE_CHARS} characters, or a character {@link TextCharacters} does not allow (such
 * as NUL), is refused where it is, before it can fill memory. A byte-order mark at the start of
 * the file is dropped. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
final class CsvLines {
  /** The longest line read: 64 characters for each input of the widest model. */
  static final int MAX_LINE_CHARS = 64 * ConfigReader.MAX_INPUTS;

  private final Reader reader;
  private final String file;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private int number;
  private boolean afterCarriageReturn;
  private boolean started;

  CsvLines(Reader reader, String file) {
    this.reader = reader;
    this.file = file;
  }

  /** The 1-based number of the line last returned. */
  int number() {
    return number;
  }

  /**
   * Reads the next line, without its line break.
   *
   * @return the line, or null at the end of the file
   * @throws ConfigException for a line too long or a character not allowed
   */
  String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (position < limit || fill()) {
      char ch = buffer[position++];
      if (afterCarriageReturn && ch == '\n') {
        afterCarriageReturn = false;
        continue;
      }
      afterCarriageReturn = ch == '\r';
      any = true;
      boolean startOfFile = !started;
      started = true;
      if (ch == '\n' || ch == '\r') {
        number++;
        return line.toString();
      }
      add(ch, startOfFile);
    }
    if (!any) {
      return null;
    }
    number++;
    return line.toString();
  }

  private void add(char ch, boolean startOfFile) {
    if (startOfFile && ch == TextCharacters.BYTE_ORDER_MARK) {
      return;
    }
    // Surrogates come in pairs from a decoded file, and pairs are printable; ASCII text is the
    // common case and needs no look.
    if ((ch < 0x20 || ch > 0x7E) && !Character.isSurrogate(ch)) {
      TextCharacters.problem(ch, startOfFile, "CSV").ifPresent(problem -> {
        throw new ConfigException(where(), "", problem);
      });
    }
    if (line.length() == MAX_LINE_CHARS) {
      throw new ConfigException(where(), "", "line is longer than " + MAX_LINE_CHARS
          + " characters; a CSV line this long is not data");
    }
    line.append(ch);
  }

  private Location where() {
    return new Location(file, number + 1, line.length() + 1);
  }

  private boolean fill() throws IOException {
    limit = reader.read(buffer, 0, buffer.length);
    position = 0;
    return limit > 0;
  }
}
