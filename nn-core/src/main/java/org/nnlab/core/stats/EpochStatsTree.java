package org.nnlab.core.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.config.Values;
import org.nnlab.core.config.YamlList;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.config.YamlScalar;

/**
 * One epoch's statistics as a tree of maps, lists and numbers, with the keys that {@code
 * docs/report.md} documents: written into the JSON report and the saved model's history, and
 * read back from the latter.
 */
public final class EpochStatsTree {
  static final String EPOCH = "epoch";
  static final String LOSS = "loss";
  static final String ACCURACY = "accuracy";
  static final String VAL_LOSS = "val_loss";
  static final String VAL_ACCURACY = "val_accuracy";
  static final String LEARNING_RATE = "learning_rate";
  static final String GRAD_NORMS = "grad_norms";
  static final String BIAS_GRAD_NORMS = "bias_grad_norms";
  static final String WEIGHT_NORMS = "weight_norms";
  static final String UPDATE_RATIOS = "update_ratios";
  static final String ACTIVATION_GRAD_MEANS = "activation_grad_means";
  static final String SATURATED_FRACTIONS = "saturated_fractions";
  static final String DEAD_FRACTIONS = "dead_fractions";

  private EpochStatsTree() {}

  /**
   * The epoch as a tree. Validation values appear only for a run with validation data, and the
   * per-layer statistics only when they were measured.
   */
  public static Map<String, Object> write(EpochStats stats) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(EPOCH, stats.epoch());
    entry.put(LOSS, stats.loss());
    entry.put(ACCURACY, stats.accuracy());
    if (stats.hasValidation()) {
      entry.put(VAL_LOSS, stats.valLoss());
      entry.put(VAL_ACCURACY, stats.valAccuracy());
    }
    entry.put(LEARNING_RATE, stats.learningRate());
    LayerStats layers = stats.layers();
    if (layers.measured()) {
      entry.put(GRAD_NORMS, layers.gradNorms());
      entry.put(BIAS_GRAD_NORMS, layers.biasGradNorms());
      entry.put(WEIGHT_NORMS, layers.weightNorms());
      entry.put(UPDATE_RATIOS, layers.updateRatios());
      entry.put(ACTIVATION_GRAD_MEANS, layers.activationGradMeans());
      entry.put(SATURATED_FRACTIONS, layers.saturatedFractions());
      entry.put(DEAD_FRACTIONS, layers.deadFractions());
    }
    return entry;
  }

  /**
   * Reads an epoch written by {@link #write}; a missing or null number is NaN (the learning rate
   * of a history saved before it was recorded), and so is every
   * entry of {@code dead_fractions} in a history saved before it was measured.
   *
   * @param node the epoch's mapping
   * @param path its key path, for messages
   * @return the statistics
   */
  public static EpochStats read(YamlNode node, String path) {
    YamlMap map = Values.map(node, path);
    int epoch = (int) Values.integer(map.get(EPOCH).orElseThrow(() -> Values.expected(node,
        KeyPaths.child(path, EPOCH), "the epoch number")), KeyPaths.child(path, EPOCH), 1,
        Integer.MAX_VALUE);
    LayerStats layers = map.has(GRAD_NORMS) ? new LayerStats(
        list(map, GRAD_NORMS, path), list(map, BIAS_GRAD_NORMS, path),
        list(map, WEIGHT_NORMS, path), list(map, UPDATE_RATIOS, path),
        list(map, ACTIVATION_GRAD_MEANS, path), list(map, SATURATED_FRACTIONS, path),
        map.has(DEAD_FRACTIONS) ? list(map, DEAD_FRACTIONS, path)
            : Collections.nCopies(list(map, GRAD_NORMS, path).size(), Double.NaN))
        : LayerStats.NONE;
    return new EpochStats(epoch, number(map, LOSS, path), number(map, ACCURACY, path),
        number(map, VAL_LOSS, path), number(map, VAL_ACCURACY, path),
        number(map, LEARNING_RATE, path), layers);
  }

  private static double number(YamlMap map, String key, String path) {
    return map.get(key).map(n -> numberOrNaN(n, KeyPaths.child(path, key))).orElse(Double.NaN);
  }

  private static List<Double> list(YamlMap map, String key, String path) {
    String keyPath = KeyPaths.child(path, key);
    YamlList list = Values.list(map.get(key).orElseThrow(() -> Values.expected(map, keyPath,
        "a list of numbers per layer")), keyPath);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      values.add(numberOrNaN(list.get(i), KeyPaths.index(keyPath, i)));
    }
    return values;
  }

  // A statistic that does not apply is NaN in memory, null in JSON and .nan or null in YAML.
  private static double numberOrNaN(YamlNode node, String path) {
    if (node instanceof YamlScalar scalar && scalar.isNull()) {
      return Double.NaN;
    }
    if (node instanceof YamlScalar scalar && scalar.value() instanceof Number number) {
      return number.doubleValue();
    }
    throw Values.expected(node, path, "a number");
  }
}
