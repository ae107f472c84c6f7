package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.LossProvider;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;

class EvaluationTest {
  /** o = 2 x + 1, trained with `loss`. */
  private static final String LINE = """
      model: {inputs: 1, layers: [{units: 1, weights: [[2]], biases: [1]}]}
      loss: %s
      data: {csv: {path: gone.csv, target: y}}
      state: {input_names: [x], target_names: [y]}
      """;

  @TempDir Path dir;

  private Evaluation evaluate(String loss, int batchRows) throws IOException {
    TrainedModel model = TrainedModel.load(ExperimentLoader.fromText(LINE.formatted(loss),
        dir.resolve("model.yaml"), List.of()), RegistryLoader.load(List.of(dir)),
        Kernels.defaults(), batchRows);
    return Evaluation.of(model, Files.writeString(dir.resolve("test.csv"),
        "x,y\n0,1\n1,4\n2,5\n"));
  }

  @Test
  void theLossIsTheMeanOverRowsWhateverTheBatchSize() throws IOException {
    // Errors 0, -1, 0: the mean squared error is 1/3 over three rows, in batches of 2 and 1.
    assertEquals(List.of(1.0 / 3, 1.0 / 3), List.of(evaluate("mse", 2).loss(),
        evaluate("mse", 1).loss()));
  }

  @Test
  void aSigmoidLossCountsASingleLogitByItsSideOfZero() throws IOException {
    // Logits z = 2 x + 1 = −1, 0, 1 for true classes 0, 0, 1: predicted 0, 1, 1 (z ≥ 0 is the
    // second class); on raw outputs' 0.5 boundary z = 0 would have been the first.
    TrainedModel model = TrainedModel.load(ExperimentLoader.fromText("""
        model: {inputs: 1, layers: [{units: 1, weights: [[2]], biases: [1]}]}
        loss: binary_cross_entropy
        data: {csv: {path: gone.csv, target: y}}
        state: {input_names: [x], target_names: [y], classes: [a, b]}
        """, dir.resolve("model.yaml"), List.of()), RegistryLoader.load(List.of(dir)),
        Kernels.defaults(), 2);
    Evaluation evaluation = Evaluation.of(model, Files.writeString(dir.resolve("test.csv"),
        "x,y\n-1,a\n-0.5,a\n0,b\n"));
    ClassificationMetrics metrics = evaluation.classification().orElseThrow();
    assertArrayEquals(new long[][] {{1, 1}, {0, 1}}, metrics.confusionMatrix());
    // BCEWithLogitsLoss: (log(1 + e^−1) + log 2 + log(1 + e^−1)) / 3.
    assertEquals((2 * Math.log1p(Math.exp(-1)) + Math.log(2)) / 3, evaluation.loss(), 1e-15);
  }

  @Test
  void aLossPluginThatThrowsIsNamed() throws IOException {
    TestPlugins.jar(dir.resolve("bad.jar")).source("com.acme.Bad", TestPlugins.loss(
        "com.acme.Bad", "bad", "if (output.rows() > 0) throw new IllegalStateException(\"no\");"))
        .service(LossProvider.class, "com.acme.Bad").write();
    PluginCallException e = assertThrows(PluginCallException.class, () -> evaluate("bad", 2));
    assertEquals("loss 'bad' (com.acme.Bad, " + dir.resolve("bad.jar") + ") evaluate() threw "
        + "java.lang.IllegalStateException: no", e.getMessage());
  }
}
