package org.nnlab.core.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.data.CsvBatches;
import org.nnlab.core.report.ShortestDouble;
import org.nnlab.core.train.OutputTransform;

/**
 * A trained model's predictions for each row of a CSV file, written as CSV in the same order,
 * batch by batch. For classes: a {@code predicted} column with the class name (as training's
 * accuracy counts it) and one {@code p_CLASS} column per class ({@link
 * OutputTransform#probabilities}: a single sigmoid output gives both classes'); for
 * numeric targets, one column per target named as the target. Numbers are written in their
 * shortest exact form ({@link ShortestDouble}).
 */
public final class Predictions {
  static final String PREDICTED = "predicted";
  static final String PROBABILITY = "p_";

  private Predictions() {}

  /** The header of the predictions of a model. */
  public static List<String> header(TrainedModel model) {
    List<String> header = new ArrayList<>();
    if (model.classification()) {
      header.add(PREDICTED);
      model.classes().forEach(name -> header.add(PROBABILITY + name));
    } else {
      header.addAll(model.columns().targets().names());
    }
    return header;
  }

  /**
   * Writes the predictions for every row of a file: the header, then one line per row.
   *
   * @param model the model
   * @param file the CSV file, with the model's input columns (target columns are ignored)
   * @param out where the CSV text goes
   * @param stop asked before each batch; when it says so, writing stops
   * @return whether every row was written (false when stopped)
   * @throws ConfigException when the file cannot be read or does not fit the model
   * @throws IOException when writing fails
   */
  public static boolean write(TrainedModel model, Path file, Writer out, BooleanSupplier stop)
      throws IOException {
    int rows = model.batchRows();
    Matrix inputs = new Matrix(rows, model.network().inputs());
    double[] classes = new double[Math.max(2, model.network().outputs())];
    StringBuilder line = new StringBuilder();
    try (CsvBatches batches = CsvBatches.open(file, model.columns(), false)) {
      boolean header = false;
      while (!stop.getAsBoolean()) {
        int read = batches.read(inputs, null, rows);
        if (!header) {
          out.write(String.join(",", header(model).stream().map(CsvText::field).toList()));
          out.write('\n');
          header = true;
        }
        if (read == 0) {
          return true;
        }
        model.standardize(inputs);
        Matrix outputs = model.network().forward(inputs, Mode.EVALUATION);
        for (int r = 0; r < read; r++) {
          line.setLength(0);
          row(model, outputs, r, classes, line);
          out.append(line);
        }
      }
    }
    return false;
  }

  private static void row(TrainedModel model, Matrix outputs, int r, double[] classes,
      StringBuilder line) {
    int cols = outputs.cols();
    if (model.classification()) {
      OutputTransform transform = model.loss().transform();
      transform.probabilities(outputs.data(), r * cols, cols, classes);
      line.append(CsvText.field(model.classes().get(transform.classOf(outputs, r))));
      for (int k = 0; k < model.classes().size(); k++) {
        line.append(',').append(ShortestDouble.of(classes[k]));
      }
    } else {
      for (int j = 0; j < cols; j++) {
        line.append(j == 0 ? "" : ",").append(ShortestDouble.of(outputs.data()[r * cols + j]));
      }
    }
    line.append('\n');
  }
}
