package org.nnlab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.InputFiles;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.Names;
import org.nnlab.core.data.CsvLine.Field;

/**
 * Reads a CSV file with a header row: the target columns named in the configuration, every other
 * column an input. Fields may be quoted with double quotes ({@code ""} inside quotes is one
 * quote); a byte order mark and blank lines are ignored. Input columns must be numeric; a single
 * target column that is not numeric holds class labels, numbered in sorted order.
 *
 * <p>Inputs are parsed as each line is read, so memory holds numbers rather than text, and an
 * unreadable value is reported with its line and column.
 */
final class CsvData {
  /** The most cells (rows times columns) a CSV file may have: 800 MB of doubles. */
  static final long MAX_CELLS = 100_000_000;

  /** Memory a row takes besides its numbers: array headers, references, the target's text. */
  private static final int ROW_OVERHEAD_BYTES = 96;

  private final DataConfig.Csv spec;
  private final String file;
  private final List<double[]> inputs = new ArrayList<>();
  private final List<String> targetFields = new ArrayList<>();
  private int[] lines = new int[64];
  private int[] targetColumns = new int[64];
  private List<String> header;
  private int[] targets;
  private int[] inputIndices;

  private CsvData(DataConfig.Csv spec) {
    this.spec = spec;
    this.file = spec.file().toString();
  }

  static RawData read(DataConfig.Csv spec) {
    InputFiles.checkNamedAt(spec.file(), "a CSV file", spec.location(),
        KeyPaths.child(spec.path(), "path"));
    return new CsvData(spec).read();
  }

  private RawData read() {
    try (CsvRows rows = CsvRows.open(spec.file())) {
      header = rows.header();
      checkHeader();
      for (List<Field> fields = rows.next(); fields != null; fields = rows.next()) {
        row(fields, rows.line());
      }
    }
    if (inputs.isEmpty()) {
      throw new ConfigException(Location.ofFile(file), "",
          "has a header but no data rows; expected at least one data row");
    }
    return result();
  }

  private void checkHeader() {
    targets = new int[spec.targets().size()];
    for (int t = 0; t < targets.length; t++) {
      String name = spec.targets().get(t);
      targets[t] = header.indexOf(name);
      if (targets[t] < 0) {
        throw new ConfigException(spec.location(), targetPath(t),
            Names.unknown("column", name, header) + " (in the header of " + file + ")");
      }
    }
    for (int t = 1; t < targets.length; t++) {
      if (spec.targets().subList(0, t).contains(spec.targets().get(t))) {
        throw new ConfigException(spec.location(), targetPath(t),
            "column " + Excerpt.quoted(spec.targets().get(t)) + " is named twice as a target");
      }
    }
    inputIndices = IntStream.range(0, header.size())
        .filter(c -> Arrays.stream(targets).noneMatch(t -> t == c))
        .toArray();
    if (inputIndices.length == 0) {
      throw new ConfigException(spec.location(), KeyPaths.child(spec.path(), "target"),
          "every column of " + file + " is a target; at least one must be an input");
    }
  }

  private void row(List<Field> fields, int line) {
    long cells = (long) (inputs.size() + 1) * header.size();
    if (cells > MAX_CELLS) {
      throw new ConfigException(new Location(file, line, 1), "",
          "more than " + MAX_CELLS + " values; this is too large to train on in memory");
    }
    if (inputs.size() % 4096 == 0) {
      DataLoader.checkMemory(16.0 * cells + ROW_OVERHEAD_BYTES * inputs.size(),
          new Location(file, line, 1), "", spec.written());
    }
    double[] row = new double[inputIndices.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = number(fields.get(inputIndices[i]), line);
    }
    int index = inputs.size();
    if (index == lines.length) {
      lines = Arrays.copyOf(lines, 2 * index);
    }
    lines[index] = line;
    inputs.add(row);
    for (int target : targets) {
      if (targetFields.size() == targetColumns.length) {
        targetColumns = Arrays.copyOf(targetColumns, 2 * targetColumns.length);
      }
      targetColumns[targetFields.size()] = fields.get(target).column();
      targetFields.add(fields.get(target).text());
    }
  }

  private RawData result() {
    double[][] x = inputs.toArray(double[][]::new);
    List<String> inputNames = Arrays.stream(inputIndices).mapToObj(header::get).toList();
    RawData.Origin inputsOrigin = new RawData.Origin(spec.location(), spec.path());
    RawData.Origin targetsOrigin =
        new RawData.Origin(spec.location(), KeyPaths.child(spec.path(), "target"));
    String description = spec.written() + ", " + DataLoader.count(x.length, "sample");
    if (targets.length == 1
        && targetFields.stream().anyMatch(text -> !text.isEmpty() && !isNumber(text))) {
      rejectEmptyLabel();
      List<String> names = List.copyOf(new TreeSet<>(targetFields));
      Map<String, Integer> indexOf = new HashMap<>();
      for (int k = 0; k < names.size(); k++) {
        indexOf.put(names.get(k), k);
      }
      int[] classes = targetFields.stream().mapToInt(indexOf::get).toArray();
      return new RawData(x, null, classes, names,
          description + ", " + DataLoader.count(names.size(), "class"), spec.written(),
          inputNames, spec.targets(), inputsOrigin, targetsOrigin, this::targetRow);
    }
    double[][] y = new double[x.length][targets.length];
    for (int r = 0; r < x.length; r++) {
      for (int t = 0; t < targets.length; t++) {
        int cell = r * targets.length + t;
        y[r][t] = number(new Field(targetFields.get(cell), targetColumns[cell], targets[t]),
            lines[r]);
      }
    }
    return new RawData(x, y, null, List.of(), description, spec.written(), inputNames,
        spec.targets(), inputsOrigin, targetsOrigin, this::targetRow);
  }

  // An empty label is a missing value, not a class named ''.
  private void rejectEmptyLabel() {
    int row = targetFields.indexOf("");
    if (row >= 0) {
      throw new ConfigException(new Location(file, lines[row], targetColumns[row]), "",
          "column " + Excerpt.quoted(header.get(targets[0]))
              + ": expected a class label, found an empty field");
    }
  }

  private RawData.Origin targetRow(int row) {
    return new RawData.Origin(
        new Location(file, lines[row], targetColumns[row * targets.length]), "");
  }

  private String targetPath(int index) {
    String path = KeyPaths.child(spec.path(), "target");
    return spec.targets().size() == 1 ? path : KeyPaths.index(path, index);
  }

  private double number(Field field, int line) {
    return CsvRows.number(file, header, field, line);
  }

  // NaN and Infinity count as numbers here, so that they are refused as numbers are, rather
  // than making the column one of class labels.
  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
