package org.nnlab.core.data;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;

/** One line of a CSV file split into fields, each with the column where it starts. */
final class CsvLine {
  /**
   * The longest field: far more than any number, column name or class label needs, so that a
   * megabyte of one value is refused as not data rather than kept as a class named by it.
   */
  static final int MAX_FIELD_CHARS = 1024;

  private CsvLine() {}

  /**
   * One field of a line.
   *
   * @param text the field, unquoted and trimmed
   * @param column the 1-based column where it starts
   * @param index its position in the line
   */
  record Field(String text, int column, int index) {}

  /** Splits one line on commas, honouring double-quoted fields with "" as an escaped quote. */
  static List<Field> split(String line, String file, int lineNumber) {
    List<Field> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int start = 0;
    int quoteStart = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (field.length() == 0 && !quoted && start == i && Character.isWhitespace(ch)) {
        start++;
        continue;
      }
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
        quoteStart = i;
      } else if (ch == ',') {
        fields.add(new Field(field.toString().trim(), start + 1, fields.size()));
        field.setLength(0);
        start = i + 1;
      } else {
        field.append(ch);
      }
      // Trailing spaces are trimmed later, so only a character that stays can break the limit.
      if (field.length() > MAX_FIELD_CHARS && !Character.isWhitespace(ch)) {
        throw new ConfigException(new Location(file, lineNumber, start + 1), "",
            "a field is longer than " + MAX_FIELD_CHARS + " characters; a value this long is "
                + "not a number, a column name or a class label");
      }
    }
    if (quoted) {
      throw new ConfigException(new Location(file, lineNumber, quoteStart + 1), "",
          "a quoted field is not closed; fields cannot span lines");
    }
    fields.add(new Field(field.toString().trim(), start + 1, fields.size()));
    return fields;
  }
}
