package org.nnlab.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.train.TestExperiments;

class ComparisonRunnerTest {
  private static final String BASE = """
      name: small
      seed: 2
      model: {inputs: 2, hidden: [8, 8, 8], activation: sigmoid, outputs: 2}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.05}
      training: {epochs: 3, batch_size: 16}
      data: {synthetic: {name: moons, samples: 64, noise: 0.1}}
      """;

  private final ComparisonRunner runner = new ComparisonRunner(TestExperiments.REGISTRY);

  private static YamlMap tree(String yaml) {
    return (YamlMap) new YamlReader().parse(yaml, "small.yaml");
  }

  private List<RunOutcome> run(String yaml, List<String> varies, int seeds, int jobs) {
    YamlMap tree = tree(yaml);
    Grid grid = new GridParser().grid(varies, seeds, tree);
    List<PlannedRun> runs = runner.plan(tree, Path.of("small.yaml"), grid);
    return runner.run(runs, jobs, ComparisonListener.NONE, () -> false);
  }

  @Test
  void everyGridPointRunsWithConsecutiveSeeds() {
    List<RunOutcome> outcomes = run(BASE, List.of("model.activation=sigmoid,tanh"), 2, 1);
    assertEquals(4, outcomes.size());
    assertEquals(List.of(2L, 3L, 2L, 3L),
        outcomes.stream().map(o -> o.run().seed()).toList());
    assertEquals("tanh",
        outcomes.get(2).run().config().model().layers().get(0).activation().name());
    assertTrue(outcomes.stream().allMatch(RunOutcome::succeeded));
  }

  @Test
  void parallelRunsEqualSequentialRunsBitForBit() {
    List<String> varies = List.of("model.activation=sigmoid,tanh,relu");
    List<RunOutcome> sequential = run(BASE, varies, 2, 1);
    List<RunOutcome> parallel = run(BASE, varies, 2, 3);
    for (int i = 0; i < sequential.size(); i++) {
      assertEquals(TrainingReport.toJson(sequential.get(i).report()),
          TrainingReport.toJson(parallel.get(i).report()), "run " + (i + 1));
    }
  }

  @Test
  void aFailingRunDoesNotLoseTheOthers() {
    List<RunOutcome> outcomes =
        run(BASE, List.of("optimizer.learning_rate=0.05,1.0e+300"), 1, 2);
    assertTrue(outcomes.get(0).succeeded());
    assertEquals(3, outcomes.get(0).epochs().size());
    assertEquals(RunOutcome.Status.DIVERGED, outcomes.get(1).status());
    assertTrue(outcomes.get(1).error().startsWith("training diverged at epoch 1"),
        outcomes.get(1).error());
  }

  @Test
  void dottedPathsReachIntoLists() {
    String explicit = BASE.replace(
        "model: {inputs: 2, hidden: [8, 8, 8], activation: sigmoid, outputs: 2}",
        "model: {inputs: 2, layers: [{units: 4, activation: sigmoid}, {units: 2}]}");
    List<RunOutcome> outcomes = run(explicit, List.of("model.layers[0].activation=relu,tanh"),
        1, 1);
    // What each run trained, from its resolved configuration: layer 1 varied, layer 2 kept.
    List<List<Object>> activations = outcomes.stream().map(o -> layerActivations(o.config()))
        .toList();
    assertEquals(List.of(List.of("relu", "linear"), List.of("tanh", "linear")), activations);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> layerActivations(Map<String, Object> config) {
    Map<String, Object> model = (Map<String, Object>) config.get("model");
    return ((List<Map<String, Object>>) model.get("layers")).stream()
        .map(layer -> layer.get("activation")).toList();
  }

  @Test
  void theListenerHearsEachRunStartItsEpochsInOrderAndItsEnd() {
    YamlMap tree = tree(BASE);
    Grid grid = new GridParser().grid(List.of("model.activation=sigmoid,tanh"), 1, tree);
    List<PlannedRun> runs = runner.plan(tree, Path.of("small.yaml"), grid);
    ComparisonListener listener = mock(ComparisonListener.class);
    List<RunOutcome> outcomes = runner.run(runs, 1, listener, () -> false);
    InOrder order = inOrder(listener);
    for (int i = 0; i < runs.size(); i++) {
      order.verify(listener).runStarted(runs.get(i));
      for (int epoch = 1; epoch <= 3; epoch++) {
        order.verify(listener).epochFinished(runs.get(i), epoch);
      }
      order.verify(listener).runFinished(outcomes.get(i));
    }
    verifyNoMoreInteractions(listener);
  }

  @Test
  void fewerThanOneJobIsACallerMistake() {
    YamlMap tree = tree(BASE);
    List<PlannedRun> runs =
        runner.plan(tree, Path.of("small.yaml"), new GridParser().grid(List.of(), 1, tree));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> runner.run(runs, 0, ComparisonListener.NONE, () -> false));
    assertEquals("jobs must be at least 1, found 0", e.getMessage());
  }

  @Test
  void anUnknownPathIsRefusedBeforeAnythingRunsWithTheKnownKeys() {
    YamlMap tree = tree(BASE);
    Grid grid = new GridParser().grid(List.of("model.activaton=sigmoid,relu"), 1, tree);
    ConfigException e = assertThrows(ConfigException.class,
        () -> runner.plan(tree, Path.of("small.yaml"), grid));
    assertTrue(e.getMessage().contains(
        "unknown key 'activaton'; did you mean 'activation'?"), e.getMessage());
    assertTrue(e.getMessage().startsWith("--vary model.activaton: model.activaton: unknown key"),
        e.getMessage());
    assertTrue(e.getMessage().contains("known keys: activation, bias_init, dropout, hidden, init, inputs, layers, normalization"),
        e.getMessage());
  }

  @Test
  void anUnknownPluginNameInTheGridIsRefusedBeforeAnythingRuns() {
    YamlMap tree = tree(BASE);
    Grid grid = new GridParser().grid(List.of("model.activation=sigmoid,rleu"), 1, tree);
    ConfigException e = assertThrows(ConfigException.class,
        () -> runner.plan(tree, Path.of("small.yaml"), grid));
    assertTrue(e.getMessage().contains("unknown activation 'rleu'; did you mean 'relu'?"),
        e.getMessage());
  }

  @Test
  void stoppingKeepsFinishedRunsAndMarksTheRestInterrupted() {
    YamlMap tree = tree(BASE);
    Grid grid = new GridParser().grid(List.of("model.activation=sigmoid,tanh,relu"), 1, tree);
    List<PlannedRun> runs = runner.plan(tree, Path.of("small.yaml"), grid);
    AtomicInteger finished = new AtomicInteger();
    List<RunOutcome> outcomes = runner.run(runs, 1, new ComparisonListener() {
      @Override
      public void runFinished(RunOutcome outcome) {
        finished.incrementAndGet();
      }
    }, () -> finished.get() >= 1);
    assertTrue(outcomes.get(0).succeeded());
    assertFalse(outcomes.get(1).succeeded());
    assertEquals(RunOutcome.Status.INTERRUPTED, outcomes.get(2).status());
    Comparison comparison = Comparison.of("small", Path.of("small.yaml"), grid, outcomes);
    assertFalse(comparison.allSucceeded());
    assertEquals(1, comparison.summaries().get(0).succeeded());
    assertEquals("failed", comparison.summaries().get(2).verdict());
  }

  @Test
  void aOneLayerModelHasNoVerdictAsInTrain() {
    String oneLayer = BASE.replace(
        "model: {inputs: 2, hidden: [8, 8, 8], activation: sigmoid, outputs: 2}",
        "model: {inputs: 2, layers: [{units: 2}]}");
    YamlMap tree = tree(oneLayer);
    Grid grid = new GridParser().grid(List.of(), 1, tree);
    List<RunOutcome> outcomes = runner.run(runner.plan(tree, Path.of("small.yaml"), grid), 1,
        ComparisonListener.NONE, () -> false);
    Comparison comparison = Comparison.of("small", Path.of("small.yaml"), grid, outcomes);
    assertEquals("unknown", comparison.summaries().get(0).verdict());
  }
  @Test
  void aNamedPointTrainsWithAllItsOverrides() {
    List<RunOutcome> outcomes = run(BASE + """
        compare:
          points:
            as written: {}
            tanh, fast: {model.activation: tanh, optimizer.learning_rate: 0.5}
        """, List.of(), 1, 1);
    assertEquals(List.of("as written", "tanh, fast"),
        outcomes.stream().map(o -> o.run().point().label()).toList());
    assertEquals("sigmoid",
        outcomes.get(0).run().config().model().layers().get(0).activation().name());
    assertEquals("tanh",
        outcomes.get(1).run().config().model().layers().get(0).activation().name());
    assertEquals(0.5, ((Map<?, ?>) outcomes.get(1).config().get("optimizer")).get("learning_rate"));
  }

  @Test
  void aBadOverrideOfANamedPointIsLocatedInTheFile() {
    ConfigException e = assertThrows(ConfigException.class, () -> run(BASE + """
        compare:
          points:
            broken: {model.activatoin: tanh}
        """, List.of(), 1, 1));
    assertTrue(e.getMessage().startsWith("small.yaml:10:14: model.activatoin: "), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'activatoin'; did you mean 'activation'?"),
        e.getMessage());
  }
}
