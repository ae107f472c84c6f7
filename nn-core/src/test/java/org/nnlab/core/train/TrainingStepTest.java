package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.report.SavedModel;

class TrainingStepTest {
  private static double[][] rows(Dataset data, int[] rows) {
    double[][] inputs = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      inputs[r] = data.inputs().toArray()[rows[r]];
    }
    return inputs;
  }

  private static double[][] firstBatchTrained(Experiment experiment) {
    List<double[][]> seen = new ArrayList<>();
    new TrainingLoop(experiment, Kernels.defaults()).listen(new TrainingListener() {
      @Override
      public void afterLoss(Batch batch) {
        if (seen.isEmpty()) {
          seen.add(batch.inputs().toArray());
        }
      }
    }).trainOneMoreEpoch();
    return seen.get(0);
  }

  @Test
  void firstBatchHoldsTheSamplesTrainingShufflesIntoItsFirstBatch() {
    Experiment experiment = TestExperiments.example("vanishing-sigmoid.yaml");
    int[] rows = new TrainingStep(experiment).firstBatch();
    assertArrayEquals(firstBatchTrained(TestExperiments.example("vanishing-sigmoid.yaml")),
        rows(experiment.data(), rows));
  }

  private static Experiment load(Path file) {
    return Experiment.prepare(ExperimentLoader.load(file, List.of()), TestExperiments.REGISTRY,
        Kernels.defaults());
  }

  @Test
  void savedRunGoesOnWithTheFirstBatchOfItsNextEpoch(@TempDir Path folder) throws Exception {
    Experiment trained = TestExperiments.example("vanishing-sigmoid.yaml",
        "training.epochs=3");
    TrainingLoop loop = new TrainingLoop(trained, Kernels.defaults());
    loop.trainOneMoreEpoch();
    loop.trainOneMoreEpoch();
    Path file = folder.resolve("saved.yaml");
    SavedModel.write(file, ResolvedConfig.trained(trained, Optional.of(loop.progress()), file),
        List.of());
    Experiment saved = load(file);
    TrainingStep step = new TrainingStep(saved);
    // 600 samples in batches of 32 make 19 steps an epoch.
    assertEquals(List.of(3L, 2L * 19 + 1), List.of((long) step.epoch(), step.number()));
    List<double[][]> third = new ArrayList<>();
    loop.listen(new TrainingListener() {
      @Override
      public void afterLoss(Batch batch) {
        if (third.isEmpty()) {
          third.add(batch.inputs().toArray());
        }
      }
    }).trainOneMoreEpoch();
    assertArrayEquals(third.get(0), rows(saved.data(), step.firstBatch()));
  }

  @Test
  void passLeavesTheLossGradientTheTrainerComputes() {
    Experiment experiment = TestExperiments.example("mazur.yaml");
    TrainingStep step = new TrainingStep(experiment);
    double loss = step.pass(Matrix.of(new double[][] {{0.05, 0.10}}),
        Matrix.of(new double[][] {{0.01, 0.99}}));
    assertEquals(0.298371109, loss, 5e-10);
  }
}
