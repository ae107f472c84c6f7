package org.nnlab.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.TestExperiments;

/** runs.csv, summary.json and the summaries of a comparison whose runs have validation data. */
class ValidationOutputsTest {
  private static final String SPIRAL = """
      name: validated
      seed: 5
      model: {inputs: 2, hidden: [8], activation: tanh, outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.9}
      training: {epochs: 6, batch_size: 16}
      data: {synthetic: {name: spiral, samples: 120, classes: 3}}
      validation: {fraction: 0.25}
      """;

  private static Comparison comparison;

  @BeforeAll
  static void runASmallGridWithValidation() {
    comparison = run(SPIRAL, "model.activation=tanh,relu", 3);
  }

  static Comparison run(String yaml, String vary, int seeds) {
    YamlMap tree = (YamlMap) new YamlReader().parse(yaml, "validated.yaml");
    Grid grid = new GridParser().grid(List.of(vary), seeds, tree);
    ComparisonRunner runner = new ComparisonRunner(TestExperiments.REGISTRY);
    List<RunOutcome> outcomes = runner.run(runner.plan(tree, Path.of("validated.yaml"), grid), 2,
        ComparisonListener.NONE, () -> false);
    return Comparison.of("validated", Path.of("validated.yaml"), grid, outcomes);
  }

  private static List<String> csvLines() {
    return RunsCsv.render(comparison).lines().toList();
  }

  @Test
  void csvHasTheValidationColumnsAfterTheTrainingOnes() {
    assertEquals("run,point,model.activation,seed,status,epoch,layer,loss,accuracy,val_loss,"
        + "val_accuracy,learning_rate,grad_norm,bias_grad_norm,weight_norm,update_ratio,"
        + "activation_grad_mean,"
        + "saturated_fraction,dead_fraction", csvLines().get(0));
  }

  @Test
  void csvValidationCellsAreEachEpochsValidationLossAndAccuracy() {
    EpochStats second = comparison.outcomes().get(0).epochs().get(1);
    String row = csvLines().stream().filter(l -> l.startsWith("1,tanh,tanh,5,ok,2,2,"))
        .findFirst().orElseThrow();
    assertEquals(List.of(Double.toString(second.valLoss()),
        Double.toString(second.valAccuracy())), List.of(row.split(",")).subList(9, 11));
  }

  @Test
  void summaryAggregatesHaveFinalAndBestValidationLossAndAccuracy() throws Exception {
    JsonNode aggregate = new ObjectMapper().readTree(ComparisonJson.render(comparison))
        .get("aggregates").get(0);
    List<String> keys = new ArrayList<>();
    aggregate.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("point", "label", "runs", "succeeded", "final_loss_mean",
        "final_loss_std", "final_accuracy_mean", "final_accuracy_std", "final_val_loss_mean",
        "final_val_loss_std", "best_val_loss_mean", "best_val_loss_std",
        "final_val_accuracy_mean", "final_val_accuracy_std", "best_val_accuracy_mean",
        "best_val_accuracy_std", "first_layer_grad_norm", "last_layer_grad_norm", "grad_ratio",
        "verdict"), keys);
    assertEquals(comparison.summaries().get(0).validation().bestLoss().mean(),
        aggregate.get("best_val_loss_mean").asDouble(), 0.0);
  }

  // The mean over a point's three seeds of one number per run, computed here from the epochs and
  // summed in run order (DoubleStream.sum would compensate and differ in the last digit).
  private static double meanOverSeeds(int point, ToDoubleFunction<List<EpochStats>> perRun) {
    List<RunOutcome> runs = comparison.outcomesOf(comparison.grid().points().get(point));
    assertEquals(3, runs.size());
    double sum = 0;
    for (RunOutcome run : runs) {
      sum += perRun.applyAsDouble(run.epochs());
    }
    return sum / 3;
  }

  @Test
  void bestValidationLossIsTheMeanOfEachRunsLowestEpoch() {
    double expected = meanOverSeeds(1,
        epochs -> epochs.stream().mapToDouble(EpochStats::valLoss).min().orElseThrow());
    assertEquals(expected, comparison.summaries().get(1).validation().bestLoss().mean(), 1e-15);
  }

  @Test
  void bestValidationAccuracyIsTheMeanOfEachRunsHighestEpoch() {
    double expected = meanOverSeeds(1,
        epochs -> epochs.stream().mapToDouble(EpochStats::valAccuracy).max().orElseThrow());
    assertEquals(expected, comparison.summaries().get(1).validation().bestAccuracy().mean(),
        1e-15);
  }

  @Test
  void finalValidationValuesAreTheLastEpochs() {
    ValidationSummary validation = comparison.summaries().get(0).validation();
    assertEquals(List.of(meanOverSeeds(0, e -> e.get(5).valLoss()),
        meanOverSeeds(0, e -> e.get(5).valAccuracy())),
        List.of(validation.finalLoss().mean(), validation.finalAccuracy().mean()));
  }

  @Test
  void theValidationSpreadIsTheSampleStandardDeviationOverSeeds() {
    List<Double> finals = comparison.outcomesOf(comparison.grid().points().get(0)).stream()
        .map(o -> o.epochs().get(5).valLoss()).toList();
    double mean = (finals.get(0) + finals.get(1) + finals.get(2)) / 3;
    double squares = 0;
    for (double value : finals) {
      squares += (value - mean) * (value - mean);
    }
    assertEquals(Math.sqrt(squares / 2),
        comparison.summaries().get(0).validation().finalLoss().spread(), 1e-15);
  }

  @Test
  void withoutValidationDataTheValidationSummaryIsNotANumber() {
    Comparison plain = run(SPIRAL.replace("validation: {fraction: 0.25}\n", ""),
        "model.activation=tanh", 1);
    ValidationSummary validation = plain.summaries().get(0).validation();
    assertTrue(Double.isNaN(validation.finalLoss().mean())
        && Double.isNaN(validation.bestAccuracy().mean()), validation.toString());
  }

  @Test
  void csvHasOneRowPerEpochWithAnEmptyLayerWhenStatisticsAreOff() {
    Comparison off = run(SPIRAL.replace("batch_size: 16}", "batch_size: 16, statistics: 'off'}"),
        "model.activation=tanh", 1);
    List<String> lines = RunsCsv.render(off).lines().toList();
    assertEquals(7, lines.size(), "a header and six epochs");
    EpochStats first = off.outcomes().get(0).epochs().get(0);
    assertEquals("1,tanh,tanh,5,ok,1,," + first.loss() + "," + first.accuracy() + ","
        + first.valLoss() + "," + first.valAccuracy() + "," + first.learningRate()
        + ",,,,,,,", lines.get(1));
  }
}
