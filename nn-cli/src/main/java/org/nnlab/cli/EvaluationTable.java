package org.nnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.eval.ClassificationMetrics;
import org.nnlab.core.eval.Evaluation;
import org.nnlab.core.eval.RegressionMetrics;
import org.nnlab.core.eval.TrainedModel;

/**
 * The terminal report of {@code nn evaluate}: a line with the model, the data and the loss,
 * then for classes a table laid out as scikit-learn's {@code classification_report} and the
 * confusion matrix, or for numeric targets one row of measures per target.
 */
final class EvaluationTable {
  private static final List<String> AVERAGES = List.of("accuracy", "macro avg", "weighted avg");

  private EvaluationTable() {}

  static String of(TrainedModel model, Path data, Evaluation evaluation) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%s on %s: %s, loss %s (%s)%n",
        ControlCharacters.escape(model.config().name()), ControlCharacters.escape(
            data.toString()), count(evaluation.samples()), EpochTable.loss(evaluation.loss()),
        model.config().loss().name()));
    evaluation.classification().ifPresent(metrics -> classification(metrics, text));
    evaluation.regression().ifPresent(metrics -> regression(metrics, text));
    return text.toString();
  }

  private static void classification(ClassificationMetrics metrics, StringBuilder text) {
    List<String> names = escaped(metrics.classes());
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    width = Math.max(width, AVERAGES.stream().mapToInt(String::length).max().orElse(0));
    String row = "%" + width + "s %10s %10s %10s %10s%n";
    text.append(String.format(Locale.ROOT, "%n" + row + "%n", "", "precision", "recall",
        "f1-score", "support"));
    for (int k = 0; k < names.size(); k++) {
      text.append(String.format(Locale.ROOT, row, names.get(k), share(metrics.precision(k)),
          share(metrics.recall(k)), share(metrics.f1(k)), metrics.support(k)));
    }
    text.append(String.format(Locale.ROOT, "%n" + row, AVERAGES.get(0), "", "",
        share(metrics.accuracy()), metrics.samples()));
    average(text, row, AVERAGES.get(1), metrics.macro());
    average(text, row, AVERAGES.get(2), metrics.weighted());
    confusion(metrics, names, width, text);
  }

  private static void average(StringBuilder text, String row, String name,
      ClassificationMetrics.Average average) {
    text.append(String.format(Locale.ROOT, row, name, share(average.precision()),
        share(average.recall()), share(average.f1()), average.support()));
  }

  private static void confusion(ClassificationMetrics metrics, List<String> names, int width,
      StringBuilder text) {
    long[][] counts = metrics.confusionMatrix();
    text.append(String.format(Locale.ROOT,
        "%nconfusion matrix (rows: true class, columns: predicted class)%n"));
    StringBuilder header = new StringBuilder(" ".repeat(width));
    List<Integer> widths = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      long largest = 0;
      for (long[] row : counts) {
        largest = Math.max(largest, row[k]);
      }
      widths.add(Math.max(names.get(k).length(), Long.toString(largest).length()));
      header.append("  ").append(pad(names.get(k), widths.get(k)));
    }
    text.append(header.toString().stripTrailing()).append(System.lineSeparator());
    for (int k = 0; k < names.size(); k++) {
      StringBuilder line = new StringBuilder(pad(names.get(k), width));
      for (int j = 0; j < names.size(); j++) {
        line.append("  ").append(pad(Long.toString(counts[k][j]), widths.get(j)));
      }
      text.append(line).append(System.lineSeparator());
    }
  }

  private static void regression(RegressionMetrics metrics, StringBuilder text) {
    List<String> names = escaped(metrics.targets());
    int width = Math.max("target".length(), names.stream().mapToInt(String::length).max()
        .orElse(0));
    String row = "%-" + width + "s %12s %12s %12s %12s%n";
    text.append(String.format(Locale.ROOT, "%n" + row, "target", "mse", "mae", "rmse", "r2"));
    for (int j = 0; j < names.size(); j++) {
      text.append(String.format(Locale.ROOT, row, names.get(j), EpochTable.loss(metrics.mse(j)),
          EpochTable.loss(metrics.mae(j)), EpochTable.loss(metrics.rmse(j)),
          Double.isFinite(metrics.r2(j)) ? String.format(Locale.ROOT, "%.6f", metrics.r2(j))
              : "-"));
    }
  }

  private static List<String> escaped(List<String> names) {
    return names.stream().map(ControlCharacters::escape).toList();
  }

  private static String pad(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  private static String share(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "-";
  }

  private static String count(long samples) {
    return samples + (samples == 1 ? " sample" : " samples");
  }
}
