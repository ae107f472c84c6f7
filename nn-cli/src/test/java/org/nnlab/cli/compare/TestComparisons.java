package org.nnlab.cli.compare;

import java.nio.file.Path;
import java.util.List;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.ComparisonListener;
import org.nnlab.core.compare.ComparisonRunner;
import org.nnlab.core.compare.Grid;
import org.nnlab.core.compare.GridParser;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.train.TestExperiments;

/** Small comparisons, run for real, for the tests of the charts and the report. */
final class TestComparisons {
  /** Cross-entropy on the three-arm spiral. */
  static final String SPIRAL = """
      seed: 1
      model: {inputs: 2, hidden: [6, 6], activation: tanh, outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.05}
      training: {epochs: 3, batch_size: 20}
      data: {synthetic: {name: spiral, samples: 60, classes: 3}}
      """;

  /** The spiral with a quarter of its samples held out as validation data. */
  static final String VALIDATED_SPIRAL = SPIRAL + "validation: {fraction: 0.25}\n";

  /** The regression with half of its samples held out as validation data. */
  static final String VALIDATED_REGRESSION = """
      model: {inputs: 1, hidden: [4], activation: tanh, outputs: 1}
      loss: mse
      training: {epochs: 3, batch_size: 2}
      data: {inline: {inputs: [0, 1, 2, 3], targets: [0, 0.5, 1, 1.5]}}
      validation: {inline: {inputs: [0.5, 2.5], targets: [0.25, 1.25]}}
      """;

  /** A regression with mean squared error. */
  static final String REGRESSION = """
      model: {inputs: 1, hidden: [4], activation: tanh, outputs: 1}
      loss: mse
      training: {epochs: 3, batch_size: 2}
      data: {inline: {inputs: [0, 1, 2, 3], targets: [0, 0.5, 1, 1.5]}}
      """;

  private TestComparisons() {}

  /**
   * Runs {@code yaml} over {@code model.activation=sigmoid,tanh} with {@code seeds} seeds, as an
   * experiment named {@code vanishing}: a name that reads like a verdict.
   */
  static Comparison run(String yaml, int seeds) {
    return run(yaml, seeds, "model.activation=sigmoid,tanh");
  }

  /** Runs {@code yaml} over one {@code --vary} with {@code seeds} seeds. */
  static Comparison run(String yaml, int seeds, String vary) {
    YamlMap tree = (YamlMap) new YamlReader().parse(yaml, "small.yaml");
    Grid grid = new GridParser().grid(List.of(vary), seeds, tree);
    ComparisonRunner runner = new ComparisonRunner(TestExperiments.REGISTRY);
    return Comparison.of("vanishing", Path.of("small.yaml"), grid,
        runner.run(runner.plan(tree, Path.of("small.yaml"), grid), 1, ComparisonListener.NONE,
            () -> false));
  }
}
