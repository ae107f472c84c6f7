package org.nnlab.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.core.config.YamlReader;

class EpochStatsTreeTest {
  private static final LayerStats LAYERS = new LayerStats(List.of(0.0, 0.5), List.of(0.0, 0.2),
      List.of(1.0, 2.0), List.of(0.0, 0.01), List.of(0.0, 1.0), List.of(1.0, 0.0),
      List.of(0.9375, 0.0));

  @Test
  void deadFractionsFollowTheSaturatedFractions() {
    Map<String, Object> tree =
        EpochStatsTree.write(new EpochStats(1, 0.7, 0.5, Double.NaN, Double.NaN, 0.1, LAYERS));
    List<String> keys = new ArrayList<>(tree.keySet());
    assertEquals(List.of("saturated_fractions", "dead_fractions"),
        keys.subList(keys.size() - 2, keys.size()));
    assertEquals(List.of(0.9375, 0.0), tree.get("dead_fractions"));
  }

  @Test
  void deadFractionsReadBack() {
    EpochStats stats = EpochStatsTree.read(new YamlReader().parse("""
        {epoch: 2, loss: 0.7, accuracy: .nan, grad_norms: [0.0, 0.5], bias_grad_norms: [0, 0.2],
         weight_norms: [1, 2], update_ratios: [0, 0.01], activation_grad_means: [0, 1],
         saturated_fractions: [1, 0], dead_fractions: [0.9375, 0]}
        """, "h.yaml"), "state.history[1]");
    assertEquals(List.of(0.9375, 0.0), stats.deadFractions());
  }

  @Test
  void aHistorySavedBeforeDeadFractionsWereMeasuredReadsThemAsUnknown() {
    EpochStats stats = EpochStatsTree.read(new YamlReader().parse("""
        {epoch: 1, loss: 0.7, accuracy: .nan, grad_norms: [0.0, 0.5], bias_grad_norms: [0, 0.2],
         weight_norms: [1, 2], update_ratios: [0, 0.01], activation_grad_means: [0, 1],
         saturated_fractions: [1, 0]}
        """, "h.yaml"), "state.history[0]");
    assertEquals(2, stats.deadFractions().size());
    assertTrue(stats.deadFractions().stream().allMatch(f -> f.isNaN()), stats.toString());
  }

  @Test
  void theLearningRateIsWrittenAfterTheValidationValuesAndReadBack() {
    Map<String, Object> tree =
        EpochStatsTree.write(new EpochStats(3, 0.7, 0.5, 0.8, 0.4, 0.025, LayerStats.NONE));
    assertEquals(List.of("epoch", "loss", "accuracy", "val_loss", "val_accuracy",
        "learning_rate"), new ArrayList<>(tree.keySet()));
    EpochStats stats = EpochStatsTree.read(new YamlReader().parse(
        "{epoch: 3, loss: 0.7, accuracy: 0.5, learning_rate: 0.025}", "h.yaml"),
        "state.history[2]");
    assertEquals(0.025, stats.learningRate());
  }

  @Test
  void aHistorySavedBeforeLearningRatesWereRecordedReadsThemAsUnknown() {
    EpochStats stats = EpochStatsTree.read(new YamlReader().parse(
        "{epoch: 1, loss: 0.7, accuracy: .nan}", "h.yaml"), "state.history[0]");
    assertTrue(Double.isNaN(stats.learningRate()), stats.toString());
  }
}
