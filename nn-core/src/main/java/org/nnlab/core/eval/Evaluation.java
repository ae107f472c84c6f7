package org.nnlab.core.eval;

import java.nio.file.Path;
import java.util.Optional;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.data.CsvBatches;
import org.nnlab.core.train.Evaluator;

/**
 * A trained model measured on a CSV file that has its target columns, read batch by batch: the
 * loss (the model's own, mean over samples), and the classification or regression metrics.
 *
 * @param samples the rows measured
 * @param loss the mean loss over them
 * @param classification the classification metrics, for classes
 * @param regression the regression metrics, for numeric targets
 */
public record Evaluation(long samples, double loss,
    Optional<ClassificationMetrics> classification, Optional<RegressionMetrics> regression) {

  /**
   * Evaluates a model on a file.
   *
   * @param model the model
   * @param file the CSV file, with the model's input and target columns
   * @return the measurements
   * @throws ConfigException when the file cannot be read or does not fit the model
   */
  public static Evaluation of(TrainedModel model, Path file) {
    int rows = model.batchRows();
    Matrix inputs = new Matrix(rows, model.network().inputs());
    Matrix targets = new Matrix(rows, model.network().outputs());
    Evaluator evaluator = new Evaluator(model.network(), model.loss().guarded(), false,
        model.loss().transform(), rows);
    ClassificationMetrics classes = model.classification()
        ? new ClassificationMetrics(model.classes(), model.loss().transform()) : null;
    RegressionMetrics values = classes == null
        ? new RegressionMetrics(model.columns().targets().names()) : null;
    try (CsvBatches batches = CsvBatches.open(file, model.columns(), true)) {
      while (batches.read(inputs, targets, rows) > 0) {
        model.standardize(inputs);
        Matrix outputs = evaluator.add(inputs, targets);
        if (classes != null) {
          classes.add(outputs, targets);
        } else {
          values.add(outputs, targets);
        }
      }
    }
    return new Evaluation(evaluator.samples(), evaluator.loss(), Optional.ofNullable(classes),
        Optional.ofNullable(values));
  }
}
