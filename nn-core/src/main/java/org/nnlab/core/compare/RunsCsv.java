package org.nnlab.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.stats.EpochStats;

/**
 * The tidy table of a comparison: one row per (run, epoch, layer), with the grid values and the
 * seed as columns and every per-epoch statistic of the training report. Run-level values (loss,
 * accuracy, the validation loss and accuracy when some run has validation data, and the epoch's
 * learning rate) repeat on each layer's row. A run that completed no epoch has one row with its
 * status and empty statistics; an epoch without per-layer statistics ({@code
 * training.statistics: off}) has one row with an empty layer. Empty cells mean "not applicable".
 */
public final class RunsCsv {
  private static final List<String> RUN_STATISTICS = List.of("loss", "accuracy");
  private static final List<String> VALIDATION_STATISTICS = List.of("val_loss", "val_accuracy");
  private static final String LEARNING_RATE = "learning_rate";
  private static final List<String> LAYER_STATISTICS = List.of("grad_norm", "bias_grad_norm",
      "weight_norm", "update_ratio", "activation_grad_mean", "saturated_fraction",
      "dead_fraction");

  private RunsCsv() {}

  /** Renders the table. */
  public static String render(Comparison comparison) {
    boolean validation = comparison.hasValidation();
    List<String> statistics = new ArrayList<>(RUN_STATISTICS);
    if (validation) {
      statistics.addAll(VALIDATION_STATISTICS);
    }
    statistics.add(LEARNING_RATE);
    statistics.addAll(LAYER_STATISTICS);
    StringBuilder csv = new StringBuilder("run,point");
    comparison.grid().axes().forEach(axis -> csv.append(',').append(field(axis.path())));
    csv.append(",seed,status,epoch,layer");
    statistics.forEach(name -> csv.append(',').append(name));
    csv.append('\n');
    for (RunOutcome outcome : comparison.outcomes()) {
      PlannedRun run = outcome.run();
      StringBuilder prefix = new StringBuilder();
      prefix.append(run.index() + 1).append(',').append(field(run.point().label()));
      run.point().labels().forEach(label -> prefix.append(',').append(field(label)));
      prefix.append(',').append(run.seed()).append(',').append(outcome.status().word());
      if (outcome.epochs().isEmpty()) {
        csv.append(prefix).append(",,").append(",".repeat(statistics.size())).append('\n');
      }
      for (EpochStats epoch : outcome.epochs()) {
        appendEpoch(csv, prefix, epoch, validation);
      }
    }
    return csv.toString();
  }

  private static void appendEpoch(
      StringBuilder csv, CharSequence prefix, EpochStats epoch, boolean validation) {
    StringBuilder runCells = new StringBuilder();
    runCells.append(',').append(number(epoch.loss())).append(',').append(number(epoch.accuracy()));
    if (validation) {
      runCells.append(',').append(number(epoch.valLoss()))
          .append(',').append(number(epoch.valAccuracy()));
    }
    runCells.append(',').append(number(epoch.learningRate()));
    if (!epoch.layers().measured()) {
      csv.append(prefix).append(',').append(epoch.epoch()).append(',').append(runCells)
          .append(",".repeat(LAYER_STATISTICS.size())).append('\n');
    }
    for (int layer = 0; layer < epoch.gradNorms().size(); layer++) {
      csv.append(prefix).append(',').append(epoch.epoch()).append(',').append(layer + 1)
          .append(runCells);
      for (double value : new double[] {epoch.gradNorms().get(layer),
          epoch.biasGradNorms().get(layer), epoch.weightNorms().get(layer),
          epoch.updateRatios().get(layer), epoch.activationGradMeans().get(layer),
          epoch.saturatedFractions().get(layer), epoch.deadFractions().get(layer)}) {
        csv.append(',').append(number(value));
      }
      csv.append('\n');
    }
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
