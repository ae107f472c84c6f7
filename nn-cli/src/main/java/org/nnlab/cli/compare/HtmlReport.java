package org.nnlab.cli.compare;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.GridAxis;
import org.nnlab.core.compare.RunOutcome;
import org.nnlab.core.stats.GradientVerdict;

/**
 * {@code report.html}: one self-contained page with the experiment, the table and the charts
 * embedded as data URIs. It loads nothing from the network and opens from disk in any browser.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param comparison the comparison
   * @param configText the configuration file's text, shown as the experiment
   * @param charts the rendered charts
   * @return the HTML document
   */
  public static String render(Comparison comparison, String configText, List<Charts.Chart> charts) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape("nnlab compare: " + comparison.name()))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;"
            + "max-width:1240px;color:#222;padding:0 1rem}\n")
        .append("p,ul,pre{max-width:980px}\n")
        // A wide table scrolls sideways rather than breaking numbers over two lines.
        .append(".table{overflow-x:auto}\n")
        .append("table{border-collapse:collapse;margin:1rem 0;font-size:.92rem}\n")
        .append("th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:right;"
            + "white-space:nowrap}\n")
        .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}\n")
        .append(".vanishing{color:#b00020;font-weight:600}.exploding{color:#b36b00;"
            + "font-weight:600}.healthy{color:#1b7a1b}\n")
        .append("figure{margin:1.5rem 0}img{max-width:100%;border:1px solid #eee}\n")
        .append("figcaption{max-width:900px;margin-top:.4rem}\n")
        .append("pre{background:#f7f7f7;padding:.8rem;overflow:auto;font-size:.85rem}\n")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(comparison.name())).append("</h1>\n");
    html.append("<p>").append(comparison.outcomes().size()).append(" runs: ")
        .append(comparison.grid().points().size()).append(" grid points × ")
        .append(comparison.grid().seeds()).append(" seeds").append(axes(comparison))
        .append(". Configuration: <code>").append(escape(comparison.configFile().toString()))
        .append("</code>.</p>\n");
    html.append("<h2>Results</h2>\n").append(table(comparison));
    html.append("<p>Final loss").append(comparison.hasAccuracy() ? " and train accuracy are"
        : " is").append(" measured in the last epoch on the training data, each batch before "
        + "its own update, as mean ± standard deviation over seeds.</p>\n");
    if (comparison.hasValidation()) {
      html.append(validationNote(comparison.hasAccuracy()));
    }
    html.append(String.format(Locale.ROOT, "<p>Gradient norms are those of epoch 1; the ratio is "
        + "layer 1 over the last layer (geometric mean over seeds). Below %s the gradient is "
        + "<span class=\"vanishing\">vanishing</span>, above %s <span class=\"exploding\">"
        + "exploding</span>.</p>%n", plain(GradientVerdict.VANISHING_BELOW),
        plain(GradientVerdict.EXPLODING_ABOVE)));
    failures(comparison, html);
    html.append("<h2>Charts</h2>\n");
    for (Charts.Chart chart : charts) {
      html.append("<figure><img alt=\"").append(escape(chart.title()))
          .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"")
          .append(Charts.HEIGHT).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(chart.png())).append("\"><figcaption>")
          .append(escape(chart.caption())).append("</figcaption></figure>\n");
    }
    html.append("<h2>Experiment</h2>\n<pre>").append(escape(configText)).append("</pre>\n");
    html.append("<p>Every run, epoch and layer is in <code>runs.csv</code>; every run's "
        + "resolved configuration and report in <code>summary.json</code>.</p>\n");
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static String validationNote(boolean accuracy) {
    return "<p>Validation loss" + (accuracy ? " and accuracy are" : " is") + " measured after "
        + "every epoch on the validation data, which training never sees, with the epoch's final "
        + "parameters in evaluation mode. Final is the last epoch's value; best is the lowest "
        + "loss" + (accuracy ? " and the highest accuracy" : "") + " of any epoch of a run"
        + (accuracy ? " (the two may come from different epochs)" : "")
        + ", as mean ± standard deviation over seeds.</p>\n";
  }

  private static String axes(Comparison comparison) {
    StringBuilder text = new StringBuilder();
    for (GridAxis axis : comparison.grid().axes()) {
      text.append("; <code>").append(escape(axis.path())).append("</code> ∈ {")
          .append(escape(String.join(", ", axis.labels()))).append("}");
    }
    return text.toString();
  }

  private static String table(Comparison comparison) {
    StringBuilder html = new StringBuilder("<div class=\"table\"><table>\n<tr>");
    for (String heading : SummaryTable.headings(comparison)) {
      html.append("<th>").append(escape(heading)).append("</th>");
    }
    html.append("</tr>\n");
    for (List<String> row : SummaryTable.rows(comparison)) {
      html.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        boolean verdict = c == row.size() - 1;
        html.append(verdict ? "<td class=\"" + escape(row.get(c)) + "\">" : "<td>")
            .append(escape(row.get(c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</table></div>\n").toString();
  }

  private static void failures(Comparison comparison, StringBuilder html) {
    List<RunOutcome> failed = comparison.outcomes().stream().filter(o -> !o.succeeded()).toList();
    if (failed.isEmpty()) {
      return;
    }
    html.append("<h2>Runs that did not finish</h2>\n<ul>\n");
    for (RunOutcome outcome : failed) {
      html.append("<li>run ").append(outcome.run().index() + 1).append(" (")
          .append(escape(outcome.run().point().label())).append(", seed ")
          .append(outcome.run().seed()).append("): ").append(outcome.status().word())
          .append(": ").append(escape(outcome.error())).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
