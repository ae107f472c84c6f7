package org.nnlab.core.eval;

/** Text as a CSV field: quoted, quotes doubled, when a reader would otherwise split or trim it. */
final class CsvText {
  private CsvText() {}

  static String field(String text) {
    boolean plain = !text.isEmpty() && text.strip().equals(text)
        && text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
