package org.nnlab.core.config;

import java.io.Reader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * Hands YAML text that is already in memory to snakeyaml's scanner, in time linear in its
 * length, after checking each character against {@link TextCharacters}.
 *
 * <p>snakeyaml's own reader takes 1023 characters from its source at a time and copies every
 * character not yet consumed on each take. The scanner consumes a scalar only once it has found
 * its end, so a scalar of n characters cost n² / 2046 copies: 328 s for a 16 MiB one. This reader
 * decodes the text once and only moves a pointer; it behaves as snakeyaml's in every other way
 * (line and column counting, and {@code 0} past the end).
 */
final class YamlTextReader extends StreamReader {
  private final int[] text;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  /**
   * Decodes and checks the text.
   *
   * @throws ConfigException at the first character YAML does not allow
   */
  YamlTextReader(String text, String source) {
    super(Reader.nullReader());
    this.text = text.codePoints().toArray();
    check(source);
  }

  private void check(String source) {
    for (int i = 0; i < text.length; i++) {
      int codePoint = text[i];
      String problem = TextCharacters.problem(codePoint, i == 0, "YAML").orElse(null);
      if (problem != null) {
        throw new ConfigException(
            new Location(source, line + 1, column + 1), "", "YAML syntax error: " + problem);
      }
      pointer = i + 1;
      advance(codePoint);
    }
    pointer = 0;
    line = 0;
    column = 0;
  }

  @Override
  public Mark getMark() {
    return new Mark("'string'", index, line, column, text, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < text.length; i++) {
      int codePoint = text[pointer++];
      index++;
      documentIndex++;
      advance(codePoint);
    }
  }

  // The pointer is already past codePoint; \r\n is one line break.
  private void advance(int codePoint) {
    if (Constant.LINEBR.has(codePoint)
        || (codePoint == '\r' && pointer < text.length && text[pointer] != '\n')) {
      line++;
      column = 0;
    } else if (codePoint != TextCharacters.BYTE_ORDER_MARK) {
      column++;
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int offset) {
    return pointer + offset < text.length ? text[pointer + offset] : 0;
  }

  @Override
  public String prefix(int length) {
    return new String(text, pointer, Math.min(length, text.length - pointer));
  }

  // As snakeyaml's: the scanner only takes prefixes without line breaks this way.
  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    index += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }
}
