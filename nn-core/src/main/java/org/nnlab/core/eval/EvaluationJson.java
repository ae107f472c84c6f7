package org.nnlab.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation as a tree of maps, lists and numbers with the keys {@code docs/evaluate.md}
 * promises: for classes {@code samples, loss, accuracy, classes, confusion_matrix, per_class,
 * macro_avg, weighted_avg}; for numeric targets {@code samples, loss, targets}. Shares are
 * fractions; a value that is not finite (R² of a constant target) is written as null.
 */
public final class EvaluationJson {
  private EvaluationJson() {}

  /** The tree of an evaluation. */
  public static Map<String, Object> tree(Evaluation evaluation) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("samples", evaluation.samples());
    root.put("loss", evaluation.loss());
    evaluation.classification().ifPresent(metrics -> classification(metrics, root));
    evaluation.regression().ifPresent(metrics -> regression(metrics, root));
    return root;
  }

  private static void classification(ClassificationMetrics metrics, Map<String, Object> root) {
    root.put("accuracy", metrics.accuracy());
    root.put("classes", metrics.classes());
    List<Object> rows = new ArrayList<>();
    for (long[] row : metrics.confusionMatrix()) {
      List<Long> counts = new ArrayList<>();
      for (long count : row) {
        counts.add(count);
      }
      rows.add(counts);
    }
    root.put("confusion_matrix", rows);
    Map<String, Object> perClass = new LinkedHashMap<>();
    for (int k = 0; k < metrics.classes().size(); k++) {
      perClass.put(metrics.classes().get(k), average(new ClassificationMetrics.Average(
          metrics.precision(k), metrics.recall(k), metrics.f1(k), metrics.support(k))));
    }
    root.put("per_class", perClass);
    root.put("macro_avg", average(metrics.macro()));
    root.put("weighted_avg", average(metrics.weighted()));
  }

  private static Map<String, Object> average(ClassificationMetrics.Average average) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("precision", average.precision());
    map.put("recall", average.recall());
    map.put("f1", average.f1());
    map.put("support", average.support());
    return map;
  }

  private static void regression(RegressionMetrics metrics, Map<String, Object> root) {
    Map<String, Object> targets = new LinkedHashMap<>();
    for (int j = 0; j < metrics.targets().size(); j++) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("mse", metrics.mse(j));
      map.put("mae", metrics.mae(j));
      map.put("rmse", metrics.rmse(j));
      map.put("r2", metrics.r2(j));
      targets.put(metrics.targets().get(j), map);
    }
    root.put("targets", targets);
  }
}
