package org.nnlab.core.data;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.Matrix;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.InputFiles;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.Names;
import org.nnlab.core.data.CsvLine.Field;

/**
 * A CSV file read for a trained model in batches of rows: its columns are matched to the model's
 * by name, in any order, and each batch is parsed into an input matrix (and, for evaluation, a
 * target matrix encoded for the loss). Only one batch is held, so a file of any size can be read.
 *
 * <p>Every column must be an input or a target of the model; when targets are not read (for
 * predictions) target columns may be there and are ignored.
 */
public final class CsvBatches implements Closeable {
  private final CsvRows rows;
  private final ModelColumns columns;
  private final int[] inputColumns;
  private final int[] targetColumns;
  private final Map<String, Integer> classes = new HashMap<>();
  private boolean any;

  private CsvBatches(CsvRows rows, ModelColumns columns, boolean readTargets) {
    this.rows = rows;
    this.columns = columns;
    List<String> header = rows.header();
    List<String> targets = columns.targets().names();
    List<String> unexpected = new ArrayList<>(header);
    unexpected.removeAll(columns.inputs());
    unexpected.removeAll(targets);
    this.inputColumns = find(columns.inputs(), "an input of the model (its inputs: "
        + Excerpt.list(columns.inputs()) + ")", unexpected);
    this.targetColumns = readTargets ? find(targets, (targets.size() == 1 ? "the model's target"
        : "a target of the model (its targets: " + Excerpt.list(targets) + ")")
        + ", which evaluation compares the predictions with", unexpected) : null;
    if (!unexpected.isEmpty()) {
      String name = unexpected.get(0);
      throw new ConfigException(rows.headerAt(header.indexOf(name)), "",
          "column " + Excerpt.quoted(name) + " is neither an input nor a target of the model "
              + "(its inputs: " + Excerpt.list(columns.inputs()) + "; "
              + (targets.size() == 1 ? "its target: " : "its targets: ")
              + Excerpt.list(targets) + ")");
    }
    if (columns.targets() instanceof TargetColumns.Labels labels) {
      for (int k = 0; k < labels.classes().size(); k++) {
        classes.putIfAbsent(labels.classes().get(k), k);
      }
    }
  }

  /**
   * Opens a CSV file and matches its header to the model's columns.
   *
   * @param file the file
   * @param columns the model's columns
   * @param readTargets whether the target columns are read (evaluation) or ignored (prediction)
   * @return the open file, positioned before its first data row
   * @throws ConfigException when the file cannot be read, or a column is missing or unknown
   */
  public static CsvBatches open(Path file, ModelColumns columns, boolean readTargets) {
    InputFiles.checkNamedFile(file, "a CSV file");
    CsvRows rows = CsvRows.open(file);
    try {
      return new CsvBatches(rows, columns, readTargets);
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  private int[] find(List<String> names, String role, List<String> unexpected) {
    int[] found = new int[names.size()];
    for (int i = 0; i < found.length; i++) {
      String name = names.get(i);
      found[i] = rows.header().indexOf(name);
      if (found[i] < 0) {
        throw new ConfigException(rows.headerStart(), "", "has no column " + Excerpt.quoted(name)
            + ", " + role + Names.closest(name, unexpected)
                .map(close -> "; did you mean " + Excerpt.quoted(close) + "?").orElse(""));
      }
    }
    return found;
  }

  /**
   * Reads up to {@code inputs.rows()} rows after those read so far (the matrices keep their
   * capacity and are resized to the rows read).
   *
   * @param inputs receives one row per sample, in the model's input order
   * @param targets receives the encoded targets, or null when targets are not read
   * @param capacity the most rows to read
   * @return the number of rows read, 0 at the end of the file
   * @throws ConfigException for a value that is not a finite number, an unknown class label, or
   *     a file without data rows
   */
  public int read(Matrix inputs, Matrix targets, int capacity) {
    inputs.resizeRows(capacity);
    if (targets != null) {
      targets.resizeRows(capacity);
    }
    int count = 0;
    for (List<Field> fields; count < capacity && (fields = rows.next()) != null; count++) {
      double[] x = inputs.data();
      int from = count * inputColumns.length;
      for (int i = 0; i < inputColumns.length; i++) {
        x[from + i] = rows.number(fields.get(inputColumns[i]));
      }
      if (targets != null) {
        encodeTarget(fields, targets, count);
      }
    }
    if (count == 0 && !any) {
      throw new ConfigException(Location.ofFile(rows.file()), "",
          "has a header but no data rows; expected at least one data row");
    }
    any = true;
    inputs.resizeRows(count);
    if (targets != null) {
      targets.resizeRows(count);
    }
    return count;
  }

  private void encodeTarget(List<Field> fields, Matrix targets, int row) {
    int outputs = columns.targets().outputs();
    double[] t = targets.data();
    int from = row * outputs;
    if (columns.targets() instanceof TargetColumns.Labels labels) {
      int k = classOf(fields.get(targetColumns[0]), labels);
      if (outputs == 1) {
        t[from] = k;
        return;
      }
      for (int j = 0; j < outputs; j++) {
        t[from + j] = j == k ? 1.0 : 0.0;
      }
      return;
    }
    for (int j = 0; j < outputs; j++) {
      t[from + j] = rows.number(fields.get(targetColumns[j]));
    }
  }

  private int classOf(Field field, TargetColumns.Labels labels) {
    Integer known = classes.get(field.text());
    if (known != null) {
      return known;
    }
    List<String> names = labels.classes();
    String column = CsvRows.column(rows.header(), field);
    if (labels.indices()) {
      double index = rows.number(field);
      if (index == Math.rint(index) && index >= 0 && index < names.size()) {
        return (int) index;
      }
      throw new ConfigException(rows.at(field), "", column + "expected a class index from 0 to "
          + (names.size() - 1) + " (the model has " + DataLoader.count(names.size(), "class")
          + "), found " + CsvRows.found(field));
    }
    if (field.text().isEmpty()) {
      throw new ConfigException(rows.at(field), "", column
          + "expected a class label, found an empty field");
    }
    throw new ConfigException(rows.at(field), "", column
        + Names.unknown("class label", field.text(), names) + " (the classes the model was "
        + "trained on)");
  }

  @Override
  public void close() {
    rows.close();
  }
}
