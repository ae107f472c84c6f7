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
        EpochStatsTree.write(new EpochStats(1, 0.7, 0.5, Double.NaN, Double.NaN, LAYERS));
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
}
