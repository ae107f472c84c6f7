package org.nnlab.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.Names;

/**
 * Reads a CSV file with a header row: the target columns named in the configuration, every other
 * column an input. Fields may be quoted with double quotes. Input columns must be numeric; a
 * target column that is not numeric holds class labels, numbered in sorted order.
 */
final class CsvData {
  /** The most cells (rows times columns) a CSV file may have: 800 MB of doubles. */
  static final long MAX_CELLS = 100_000_000;

  private CsvData() {}

  static RawData read(DataConfig.Csv spec) {
    String file = spec.file().toString();
    if (Files.isDirectory(spec.file())) {
      throw new ConfigException(spec.location(), KeyPaths.child(spec.path(), "path"),
          file + " is a directory, expected a CSV file");
    }
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String[] header;
    try (BufferedReader reader = Files.newBufferedReader(spec.file(), StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      int lineNumber = 1;
      while (line != null && line.isBlank()) {
        line = reader.readLine();
        lineNumber++;
      }
      if (line == null) {
        throw new ConfigException(Location.ofFile(file), "", "file is empty; expected a header "
            + "row and at least one data row");
      }
      header = split(stripBom(line));
      long cells = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = split(line);
        if (fields.length != header.length) {
          throw new ConfigException(new Location(file, lineNumber, 1), "",
              "expected " + header.length + " fields like the header, found " + fields.length);
        }
        cells += fields.length;
        if (cells > MAX_CELLS) {
          throw new ConfigException(new Location(file, lineNumber, 1), "",
              "more than " + MAX_CELLS + " values; this is too large to train on in memory");
        }
        rows.add(fields);
        lines.add(lineNumber);
      }
    } catch (NoSuchFileException e) {
      throw new ConfigException(spec.location(), KeyPaths.child(spec.path(), "path"),
          "file not found: " + file + " (paths are relative to the configuration's folder)");
    } catch (CharacterCodingException e) {
      throw new ConfigException(Location.ofFile(file), "", "is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(Location.ofFile(file), "", "cannot be read: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new ConfigException(Location.ofFile(file), "", "has a header but no data rows");
    }
    return parse(spec, header, rows, lines);
  }

  private static RawData parse(
      DataConfig.Csv spec, String[] header, List<String[]> rows, List<Integer> lines) {
    String file = spec.file().toString();
    List<String> columns = List.of(header);
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      if (!seen.add(column)) {
        throw new ConfigException(new Location(file, 1, 1), "",
            "header names column '" + column + "' twice");
      }
    }
    int[] targetColumns = new int[spec.targets().size()];
    for (int t = 0; t < targetColumns.length; t++) {
      String name = spec.targets().get(t);
      targetColumns[t] = columns.indexOf(name);
      if (targetColumns[t] < 0) {
        throw new ConfigException(spec.location(), KeyPaths.child(spec.path(), "target"),
            Names.unknown("column", name, columns) + " (in " + file + ")");
      }
    }
    List<Integer> inputColumns = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      final int column = c;
      if (Arrays.stream(targetColumns).noneMatch(t -> t == column)) {
        inputColumns.add(c);
      }
    }
    if (inputColumns.isEmpty()) {
      throw new ConfigException(spec.location(), KeyPaths.child(spec.path(), "target"),
          "every column of " + file + " is a target; at least one must be an input");
    }
    double[][] inputs = new double[rows.size()][inputColumns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int i = 0; i < inputColumns.size(); i++) {
        int c = inputColumns.get(i);
        inputs[r][i] = number(rows.get(r)[c], file, lines.get(r), header[c]);
      }
    }
    String description = spec.written() + ", " + rows.size() + " samples";
    if (targetColumns.length == 1 && !isNumeric(rows, targetColumns[0])) {
      return labelled(inputs, rows, targetColumns[0], description);
    }
    double[][] targets = new double[rows.size()][targetColumns.length];
    for (int r = 0; r < rows.size(); r++) {
      for (int t = 0; t < targetColumns.length; t++) {
        int c = targetColumns[t];
        targets[r][t] = number(rows.get(r)[c], file, lines.get(r), header[c]);
      }
    }
    return RawData.numeric(inputs, targets, description);
  }

  private static RawData labelled(
      double[][] inputs, List<String[]> rows, int column, String description) {
    TreeSet<String> labels = new TreeSet<>();
    for (String[] row : rows) {
      labels.add(row[column]);
    }
    List<String> names = List.copyOf(labels);
    int[] classes = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      classes[r] = names.indexOf(rows.get(r)[column]);
    }
    return RawData.labelled(inputs, classes, names, description + ", " + names.size()
        + " classes");
  }

  private static boolean isNumeric(List<String[]> rows, int column) {
    for (String[] row : rows) {
      if (!parses(row[column])) {
        return false;
      }
    }
    return true;
  }

  private static boolean parses(String text) {
    try {
      Double.parseDouble(text.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double number(String text, String file, int line, String column) {
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(new Location(file, line, 1), "",
          "column '" + column + "': expected a number, found '" + text + "'");
    }
    if (!Double.isFinite(value)) {
      throw new ConfigException(new Location(file, line, 1), "",
          "column '" + column + "': expected a finite number, found '" + text + "'");
    }
    return value;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** Splits one line on commas, honouring double-quoted fields with "" as an escaped quote. */
  static String[] split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
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
      } else if (ch == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString().trim());
    return fields.toArray(String[]::new);
  }
}
