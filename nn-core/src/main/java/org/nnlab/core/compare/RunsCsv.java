package org.nnlab.core.compare;

import java.util.List;
import org.nnlab.core.stats.EpochStats;

/**
 * The tidy table of a comparison: one row per (run, epoch, layer), with the grid values and the
 * seed as columns and every per-epoch statistic of the training report. Run-level values (loss,
 * accuracy) repeat on each layer's row. A run that completed no epoch has one row with its
 * status and empty statistics. Empty cells mean "not applicable".
 */
public final class RunsCsv {
  private static final List<String> STATISTICS = List.of("loss", "accuracy", "grad_norm",
      "bias_grad_norm", "weight_norm", "update_ratio", "activation_grad_mean",
      "saturated_fraction");

  private RunsCsv() {}

  /** Renders the table. */
  public static String render(Comparison comparison) {
    StringBuilder csv = new StringBuilder();
    List<String> paths = comparison.grid().axes().stream().map(GridAxis::path).toList();
    csv.append("run,point");
    paths.forEach(path -> csv.append(',').append(field(path)));
    csv.append(",seed,status,epoch,layer");
    STATISTICS.forEach(name -> csv.append(',').append(name));
    csv.append('\n');
    for (RunOutcome outcome : comparison.outcomes()) {
      StringBuilder prefix = new StringBuilder();
      PlannedRun run = outcome.run();
      prefix.append(run.index() + 1).append(',').append(field(run.point().label()));
      run.point().labels().forEach(label -> prefix.append(',').append(field(label)));
      prefix.append(',').append(run.seed()).append(',').append(outcome.status().word());
      if (outcome.epochs().isEmpty()) {
        csv.append(prefix).append(",,").append(",".repeat(STATISTICS.size())).append('\n');
      }
      for (EpochStats epoch : outcome.epochs()) {
        for (int layer = 0; layer < epoch.gradNorms().size(); layer++) {
          csv.append(prefix).append(',').append(epoch.epoch()).append(',').append(layer + 1);
          for (double value : new double[] {epoch.loss(), epoch.accuracy(),
              epoch.gradNorms().get(layer), epoch.biasGradNorms().get(layer),
              epoch.weightNorms().get(layer), epoch.updateRatios().get(layer),
              epoch.activationGradMeans().get(layer), epoch.saturatedFractions().get(layer)}) {
            csv.append(',').append(number(value));
          }
          csv.append('\n');
        }
      }
    }
    return csv.toString();
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }

  private static String field(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
