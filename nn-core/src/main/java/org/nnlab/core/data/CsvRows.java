package org.nnlab.core.data;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.InputFiles;
import org.nnlab.core.config.Location;
import org.nnlab.core.data.CsvLine.Field;

/**
 * A CSV file read one row at a time: the header row first, whose names must be unique, then each
 * data row, which must have as many fields. Blank lines are skipped. Only the current line is
 * held, so a file of any size can be read; every problem is reported where it is.
 */
final class CsvRows implements Closeable {
  private final BufferedReader reader;
  private final CsvLines lines;
  private final String file;
  private List<Field> headerFields;
  private List<String> header;
  private int headerLine;
  private int line;

  private CsvRows(BufferedReader reader, String file) {
    this.reader = reader;
    this.lines = new CsvLines(reader, file);
    this.file = file;
  }

  /**
   * Opens a file and reads its header.
   *
   * @throws ConfigException when it cannot be read, is empty, or names a column twice
   */
  static CsvRows open(Path path) {
    String file = path.toString();
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    CsvRows rows = new CsvRows(reader, file);
    try {
      rows.readHeader();
      return rows;
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  private void readHeader() {
    List<Field> fields = nextFields();
    if (fields == null) {
      throw new ConfigException(Location.ofFile(file), "",
          "file is empty; expected a header row and at least one data row");
    }
    headerLine = line;
    Map<String, Field> seen = new HashMap<>();
    for (Field field : fields) {
      Field first = seen.putIfAbsent(field.text(), field);
      if (first != null) {
        throw new ConfigException(new Location(file, line, field.column()), "",
            "header names column " + Excerpt.quoted(field.text()) + " twice (first at column "
                + first.column() + "); column names must be unique");
      }
    }
    headerFields = fields;
    header = fields.stream().map(Field::text).toList();
  }

  /** The file as named, for messages. */
  String file() {
    return file;
  }

  /** The column names, in file order. */
  List<String> header() {
    return header;
  }

  /** Where the header row starts, for a message about a column it lacks. */
  Location headerStart() {
    return new Location(file, headerLine, 1);
  }

  /** Where the header names column {@code index} (0-based), for a message about it. */
  Location headerAt(int index) {
    return new Location(file, headerLine, headerFields.get(index).column());
  }

  /** The 1-based line of the row last returned. */
  int line() {
    return line;
  }

  /**
   * Reads the next data row.
   *
   * @return its fields, as many as the header's, or null at the end of the file
   * @throws ConfigException for a row of another width, or a line that cannot be read
   */
  List<Field> next() {
    List<Field> fields = nextFields();
    if (fields != null && fields.size() != header.size()) {
      throw new ConfigException(new Location(file, line, 1), "",
          "expected " + header.size() + " fields like the header, found " + fields.size());
    }
    return fields;
  }

  private List<Field> nextFields() {
    try {
      for (String text = lines.next(); text != null; text = lines.next()) {
        if (!text.isBlank()) {
          line = lines.number();
          return CsvLine.split(text, file, line);
        }
      }
      return null;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Where a field of the row last returned is. */
  Location at(Field field) {
    return new Location(file, line, field.column());
  }

  /** Parses a field of the row last returned as a finite number. */
  double number(Field field) {
    return number(file, header, field, line);
  }

  /**
   * Parses a field as a finite number.
   *
   * @throws ConfigException naming the line, column and column name when it is not one
   */
  static double number(String file, List<String> header, Field field, int line) {
    double value;
    try {
      value = Double.parseDouble(field.text());
    } catch (NumberFormatException e) {
      throw new ConfigException(new Location(file, line, field.column()), "",
          column(header, field) + "expected a number, found " + found(field));
    }
    if (!Double.isFinite(value)) {
      throw new ConfigException(new Location(file, line, field.column()), "",
          column(header, field) + "expected a finite number, found " + found(field));
    }
    return value;
  }

  /** {@code column 'name': }, the start of a message about a field. */
  static String column(List<String> header, Field field) {
    return "column " + Excerpt.quoted(header.get(field.index())) + ": ";
  }

  /** The field as a message shows it. */
  static String found(Field field) {
    return field.text().isEmpty() ? "an empty field" : Excerpt.quoted(field.text());
  }

  private static ConfigException unreadable(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ConfigException(Location.ofFile(file), "", "file not found");
    }
    if (e instanceof CharacterCodingException) {
      return new ConfigException(Location.ofFile(file), "", "is not UTF-8 text");
    }
    return new ConfigException(Location.ofFile(file), "", "cannot be read: "
        + InputFiles.reason(e));
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Everything needed was read; a failing close loses nothing.
    }
  }
}
