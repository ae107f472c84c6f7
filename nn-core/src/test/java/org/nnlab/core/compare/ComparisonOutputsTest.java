package org.nnlab.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.train.TestExperiments;

/** runs.csv and summary.json carry what docs/compare.md says they do. */
class ComparisonOutputsTest {
  private static Comparison comparison;

  @BeforeAll
  static void runASmallGrid() {
    YamlMap tree = (YamlMap) new YamlReader().parse("""
        name: outputs
        seed: 5
        model: {inputs: 2, hidden: [6, 6], activation: tanh, outputs: 2}
        loss: cross_entropy
        optimizer: {type: sgd, learning_rate: 0.05}
        training: {epochs: 2, batch_size: 20}
        data: {synthetic: {name: xor, samples: 40}}
        """, "outputs.yaml");
    Grid grid = new GridParser().grid(
        List.of("model.hidden=[[6, 6], [4]]", "optimizer.learning_rate=0.05,1.0e+300"), 2, tree);
    ComparisonRunner runner = new ComparisonRunner(TestExperiments.REGISTRY);
    List<RunOutcome> outcomes = runner.run(runner.plan(tree, Path.of("outputs.yaml"), grid), 2,
        ComparisonListener.NONE, () -> false);
    comparison = Comparison.of("outputs", Path.of("outputs.yaml"), grid, outcomes);
  }

  @Test
  void csvHasOneRowPerRunEpochAndLayerWithGridValuesAndSeedAsColumns() {
    List<String> lines = RunsCsv.render(comparison).lines().toList();
    assertEquals("run,point,model.hidden,optimizer.learning_rate,seed,status,epoch,layer,loss,"
        + "accuracy,learning_rate,grad_norm,bias_grad_norm,weight_norm,update_ratio,"
        + "activation_grad_mean,"
        + "saturated_fraction,dead_fraction", lines.get(0));
    long expectedRows = 0;
    for (RunOutcome outcome : comparison.outcomes()) {
      expectedRows += outcome.epochs().isEmpty() ? 1
          : (long) outcome.epochs().size() * outcome.epochs().get(0).gradNorms().size();
    }
    assertEquals(expectedRows + 1, lines.size());
    assertTrue(lines.get(1).startsWith(
        "1,\"hidden=[6, 6], learning_rate=0.05\",\"[6, 6]\",0.05,5,ok,1,1,"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.contains(",6,diverged,,,")),
        "a diverged run keeps a row");
  }

  @Test
  void csvValuesParseAsNumbersAndEveryRowHasEveryColumn() {
    List<String> lines = RunsCsv.render(comparison).lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = splitCsv(line);
      assertEquals(18, cells.size(), line);
      for (String cell : cells.subList(8, 18)) {
        if (!cell.isEmpty()) {
          Double.parseDouble(cell);
        }
      }
    }
  }

  @Test
  void summaryJsonHasTheGridEveryRunAndTheAggregates() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(ComparisonJson.render(comparison));
    assertEquals(List.of("name", "config_file", "grid", "runs", "aggregates"), keys(summary));
    assertEquals(8, summary.at("/grid/runs").asInt());
    assertEquals(2, summary.at("/grid/seeds").asInt());
    JsonNode run = summary.get("runs").get(0);
    assertEquals(List.of("run", "point", "seed", "status", "error", "config", "report"),
        keys(run));
    assertEquals("[6, 6]", run.at("/point/model.hidden").asText());
    assertEquals(2, run.at("/report/epochs").size());
    assertEquals(0.05, run.at("/config/optimizer/learning_rate").asDouble(), 0.0);
    JsonNode aggregate = summary.get("aggregates").get(0);
    assertEquals(List.of("point", "label", "runs", "succeeded", "final_loss_mean",
        "final_loss_std", "final_accuracy_mean", "final_accuracy_std", "first_layer_grad_norm",
        "last_layer_grad_norm", "grad_ratio", "verdict"), keys(aggregate));
    JsonNode diverged = summary.get("aggregates").get(1);
    assertEquals(0, diverged.get("succeeded").asInt());
    assertTrue(diverged.get("final_loss_mean").isNull());
    assertEquals("failed", diverged.get("verdict").asText());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
