package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code nn train} shows of validation data, standardization and early stopping. */
class TrainValidationTest {
  private static final String SPIRAL = """
      seed: 2
      model: {inputs: 2, hidden: [16], activation: tanh, outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.9}
      training: {epochs: 3, batch_size: 16}
      data: {synthetic: {name: spiral, samples: 120}}
      validation: {fraction: 0.25}
      """;

  @Test
  void theTableShowsTrainingAndValidationColumnsSideBySide(@TempDir Path folder) {
    Path config = Cli.write(folder, "spiral.yaml", SPIRAL);
    Cli.Result result = Cli.run("train", config.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains(" epoch         loss train acc     val loss   val acc   "
        + "|dL/dW| per layer:"), result.out());
    assertTrue(result.out().matches("(?s).*\n     3     [0-9.]+     [0-9.]+%     [0-9.]+     "
        + "[0-9.]+%   .*"), result.out());
    assertTrue(result.out().contains("spiral, 120 samples, 3 classes (90 samples trained on)"),
        result.out());
  }

  @Test
  void statisticsOffLeavesTheGradientColumnsAndTheVerdictOut(@TempDir Path folder) {
    Path config = Cli.write(folder, "spiral.yaml", SPIRAL.replace("training: {",
        "training: {statistics: off, "));
    Cli.Result result = Cli.run("train", config.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(!result.out().contains("|dL/dW|") && !result.out().contains("gradient"),
        result.out());
  }

  @Test
  void earlyStoppingSaysWhenAndWhy(@TempDir Path folder) {
    Path config = Cli.write(folder, "spiral.yaml", SPIRAL.replace("epochs: 3", "epochs: 500")
        .replace("training: {", "training: {early_stopping: {monitor: val_loss, patience: 2}, "));
    Cli.Result result = Cli.run("train", config.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().matches("(?s).*\nstopped early after epoch \\d+: val_loss has not "
        + "improved since epoch \\d+ \\(best [0-9.]+\\); the model keeps epoch \\d+'s "
        + "parameters\n.*"), result.out());
  }

  @Test
  void aConstantInputColumnIsNamedInAWarning(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("d.csv"), "a,b,y\n1,5,0\n2,5,1\n3,5,0\n4,5,1\n");
    Path config = Cli.write(folder, "d.yaml", """
        model: {inputs: 2, hidden: [4], outputs: 1}
        loss: mse
        data: {csv: {path: d.csv, target: y}, standardize: true}
        """);
    Cli.Result result = Cli.run("train", config.toString(), "--report",
        folder.resolve("r.json").toString());
    assertEquals(0, result.code(), result.err());
    assertEquals("warning: data.standardize: input column 'b' is constant in the training rows; "
        + "it is centred but not scaled\n", result.err());
  }

  @Test
  void theProgressLineShowsTheEpochItsBatchesAndTheTimeLeft() {
    TrainProgress progress = new TrainProgress(1, 20, 10);
    assertEquals("epoch 1/20 [--------------------] 0/10 batches | - samples/s | --:-- left",
        progress.line());
    progress.onEpochStart(3);
    assertTrue(progress.line().startsWith("epoch 3/20 [--------------------] 0/10 batches"),
        progress.line());
  }
}
