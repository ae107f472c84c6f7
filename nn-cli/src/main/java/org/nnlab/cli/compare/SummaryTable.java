package org.nnlab.cli.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnlab.cli.NumberText;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.MeanSpread;
import org.nnlab.core.compare.PointSummary;
import org.nnlab.core.compare.RunOutcome;
import org.nnlab.core.compare.ValidationSummary;

/**
 * The comparison's table, one row per grid point: final loss and accuracy on the training data
 * (mean ± standard deviation over seeds), when some run has validation data the final and best
 * validation loss and accuracy, the first-epoch gradient norms of the first and last layer,
 * their ratio and the verdict. Used for the terminal and, as cells, for the HTML report.
 */
public final class SummaryTable {
  private SummaryTable() {}

  /** The column headings. */
  public static List<String> headings(Comparison comparison) {
    List<String> headings = new ArrayList<>(List.of("grid point", "runs ok", "final loss"));
    if (comparison.hasAccuracy()) {
      headings.add("train accuracy");
    }
    if (comparison.hasValidation()) {
      headings.addAll(List.of("final val loss", "best val loss"));
      if (comparison.hasAccuracy()) {
        headings.addAll(List.of("final val accuracy", "best val accuracy"));
      }
    }
    headings.addAll(List.of("|dL/dW| first layer", "|dL/dW| last layer", "ratio", "verdict"));
    return headings;
  }

  /** The cells of every row. */
  public static List<List<String>> rows(Comparison comparison) {
    List<List<String>> rows = new ArrayList<>();
    for (PointSummary s : comparison.summaries()) {
      List<String> row = new ArrayList<>();
      row.add(s.point().label());
      row.add(s.succeeded() + "/" + s.runs());
      row.add(withSpread(s.finalLoss(), s.finalLossSpread(), "%.4f"));
      if (comparison.hasAccuracy()) {
        row.add(withSpread(100 * s.finalAccuracy(), 100 * s.finalAccuracySpread(), "%.1f%%"));
      }
      if (comparison.hasValidation()) {
        addValidation(row, s.validation(), comparison.hasAccuracy());
      }
      row.add(NumberText.scientific(s.firstLayerGradient()));
      row.add(NumberText.scientific(s.lastLayerGradient()));
      row.add(NumberText.scientific(s.ratio()));
      row.add(s.verdict());
      rows.add(row);
    }
    return rows;
  }

  /** Renders the table as aligned text, followed by a line per run that did not succeed. */
  public static String text(Comparison comparison) {
    List<String> headings = headings(comparison);
    List<List<String>> rows = rows(comparison);
    int[] widths = new int[headings.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headings.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, headings, widths);
    for (List<String> row : rows) {
      appendRow(out, row, widths);
    }
    for (RunOutcome outcome : comparison.outcomes()) {
      if (!outcome.succeeded()) {
        out.append(String.format(Locale.ROOT, "run %d (%s, seed %d) %s: %s%n",
            outcome.run().index() + 1, outcome.run().point().label(), outcome.run().seed(),
            outcome.status().word(), outcome.error()));
      }
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      out.append(c == 0 ? String.format(Locale.ROOT, "%-" + widths[c] + "s", cell)
          : String.format(Locale.ROOT, "  %" + widths[c] + "s", cell));
    }
    out.append(System.lineSeparator());
  }

  private static void addValidation(
      List<String> row, ValidationSummary validation, boolean accuracy) {
    row.add(withSpread(validation.finalLoss(), 1, "%.4f"));
    row.add(withSpread(validation.bestLoss(), 1, "%.4f"));
    if (accuracy) {
      row.add(withSpread(validation.finalAccuracy(), 100, "%.1f%%"));
      row.add(withSpread(validation.bestAccuracy(), 100, "%.1f%%"));
    }
  }

  private static String withSpread(MeanSpread value, double scale, String format) {
    return withSpread(scale * value.mean(), scale * value.spread(), format);
  }

  private static String withSpread(double mean, double spread, String format) {
    if (!Double.isFinite(mean)) {
      return "-";
    }
    String text = String.format(Locale.ROOT, format, mean);
    return Double.isFinite(spread)
        ? text + " ± " + String.format(Locale.ROOT, format, spread) : text;
  }
}
