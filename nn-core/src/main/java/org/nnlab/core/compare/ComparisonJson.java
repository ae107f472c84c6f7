package org.nnlab.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.report.TrainingReport;

/**
 * {@code summary.json}: the grid, every run with its resolved configuration and training report,
 * and the per-point aggregates. Non-finite and not-applicable numbers are {@code null}.
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  /** Renders the summary. */
  public static String render(Comparison comparison) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", comparison.name());
    root.put("config_file", comparison.configFile().toString());
    Map<String, Object> grid = new LinkedHashMap<>();
    Map<String, Object> vary = new LinkedHashMap<>();
    Map<String, Object> named = new LinkedHashMap<>();
    for (GridAxis axis : comparison.grid().axes()) {
      if (axis.named()) {
        for (int p = 0; p < axis.labels().size(); p++) {
          Map<String, String> settings = new LinkedHashMap<>();
          ((YamlMap) axis.values().get(p)).entries().forEach((path, value) ->
              settings.put(path, GridParser.FlowText.of(value)));
          named.put(axis.labels().get(p), settings);
        }
      } else {
        vary.put(axis.path(), axis.labels());
      }
    }
    if (!named.isEmpty()) {
      grid.put("named_points", named);
    }
    grid.put("vary", vary);
    grid.put("seeds", comparison.grid().seeds());
    grid.put("points", comparison.grid().points().size());
    grid.put("runs", comparison.outcomes().size());
    root.put("grid", grid);
    List<Object> runs = new ArrayList<>();
    for (RunOutcome outcome : comparison.outcomes()) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("run", outcome.run().index() + 1);
      run.put("point", outcome.run().point().settings());
      run.put("seed", outcome.run().seed());
      run.put("status", outcome.status().word());
      run.put("error", outcome.error().isEmpty() ? null : outcome.error());
      run.put("config", outcome.config().isEmpty() ? null : outcome.config());
      run.put("report", outcome.report().isEmpty() ? null : outcome.report());
      runs.add(run);
    }
    root.put("runs", runs);
    List<Object> aggregates = new ArrayList<>();
    for (PointSummary summary : comparison.summaries()) {
      Map<String, Object> aggregate = new LinkedHashMap<>();
      aggregate.put("point", summary.point().settings());
      aggregate.put("label", summary.point().label());
      aggregate.put("runs", summary.runs());
      aggregate.put("succeeded", summary.succeeded());
      aggregate.put("final_loss_mean", summary.finalLoss());
      aggregate.put("final_loss_std", summary.finalLossSpread());
      aggregate.put("final_accuracy_mean", summary.finalAccuracy());
      aggregate.put("final_accuracy_std", summary.finalAccuracySpread());
      if (comparison.hasValidation()) {
        ValidationSummary validation = summary.validation();
        put(aggregate, "final_val_loss", validation.finalLoss());
        put(aggregate, "best_val_loss", validation.bestLoss());
        put(aggregate, "final_val_accuracy", validation.finalAccuracy());
        put(aggregate, "best_val_accuracy", validation.bestAccuracy());
      }
      aggregate.put("first_layer_grad_norm", summary.firstLayerGradient());
      aggregate.put("last_layer_grad_norm", summary.lastLayerGradient());
      aggregate.put("grad_ratio", summary.ratio());
      aggregate.put("verdict", summary.verdict());
      aggregates.add(aggregate);
    }
    root.put("aggregates", aggregates);
    return TrainingReport.toJson(root);
  }

  private static void put(Map<String, Object> aggregate, String name, MeanSpread value) {
    aggregate.put(name + "_mean", value.mean());
    aggregate.put(name + "_std", value.spread());
  }
}
