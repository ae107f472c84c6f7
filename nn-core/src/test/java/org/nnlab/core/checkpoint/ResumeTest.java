package org.nnlab.core.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.Buffer;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.ConfigChange;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.data.Standardization;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.report.SavedModel;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingLoop;
import org.nnlab.core.train.TrainingResult;

/**
 * A run saved after some epochs and trained on from the saved file ends exactly where one
 * uninterrupted run ends: the same parameters and the same numbers for every epoch, bit for bit.
 */
class ResumeTest {
  // Momentum (optimizer state), shuffling (the sampler's stream), a held-out validation set
  // (the split's stream), standardized inputs, and early stopping whose patience outlasts the
  // run (its best-so-far and saved best parameters).
  private static final String RUN = """
      name: resume
      seed: 11
      model: {inputs: 2, hidden: [16, 16], activation: tanh, outputs: 3, init: he_uniform}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.05, momentum: 0.9}
      training:
        epochs: 12
        batch_size: 20
        early_stopping: {monitor: val_loss, patience: 100, restore_best: true}
      data:
        synthetic: {name: spiral, samples: 150, noise: 0.1}
        standardize: true
      validation: {fraction: 0.2}
      """;

  // The same run through layers with state: batch_norm's running statistics (saved as options
  // of the layer, and among the best parameters restore_best keeps) and dropout's masks (drawn
  // from the layer's stream, whose position the state saves); and a skip connection.
  private static final String STATEFUL_RUN = RUN.replace(
      "model: {inputs: 2, hidden: [16, 16], activation: tanh, outputs: 3, init: he_uniform}", """
      model:
        inputs: 2
        init: he_uniform
        layers:
          - {units: 16}
          - {type: batch_norm, activation: tanh}
          - {type: dropout, rate: 0.2}
          - {units: 16, activation: tanh}
          - {type: layer_norm, residual: 2}
          - {units: 3}
      """);

  private static Experiment prepare(Path file, int epochs) {
    return Experiment.prepare(ExperimentLoader.load(file, List.of(
        ConfigChange.option("--epochs", "training.epochs", Integer.toString(epochs)))),
        TestExperiments.REGISTRY, Kernels.defaults());
  }

  private static Path write(Path folder, String name, String yaml) throws Exception {
    return Files.writeString(folder.resolve(name), yaml);
  }

  private static void save(Experiment experiment, TrainingLoop loop, Path file) throws Exception {
    SavedModel.write(file, ResolvedConfig.trained(experiment, Optional.of(loop.progress()), file),
        List.of());
  }

  @Test
  void trainingOnFromASavedRunEndsBitForBitWhereOneUninterruptedRunEnds(@TempDir Path folder)
      throws Exception {
    resumesBitForBit(folder, RUN);
  }

  @Test
  void aRunWithRunningStatisticsAndDropoutAlsoResumesBitForBit(@TempDir Path folder)
      throws Exception {
    Experiment resumed = resumesBitForBit(folder, STATEFUL_RUN);
    assertTrue(Files.readString(folder.resolve("saved.yaml")).contains("running_var: ["));
    double[] runningVar = resumed.network().layers().get(1).buffers().get(1).values();
    assertTrue(runningVar[0] != 1.0, "the running variance moved away from its start");
  }

  private static Experiment resumesBitForBit(Path folder, String run) throws Exception {
    Path config = write(folder, "run.yaml", run);
    Experiment whole = prepare(config, 12);
    TrainingResult straight = new TrainingLoop(whole, Kernels.defaults()).run();

    Experiment first = prepare(config, 5);
    TrainingLoop firstLoop = new TrainingLoop(first, Kernels.defaults());
    firstLoop.run();
    Path saved = folder.resolve("saved.yaml");
    save(first, firstLoop, saved);
    Experiment resumed = prepare(saved, 12);
    TrainingLoop resumedLoop = new TrainingLoop(resumed, Kernels.defaults());
    assertEquals(5, resumedLoop.epochsCompleted());
    TrainingResult continued = resumedLoop.run();

    assertEquals(TrainingReport.tree(whole, straight).get("epochs"),
        TrainingReport.tree(resumed, continued).get("epochs"));
    List<Parameter> expected = whole.network().parameters();
    List<Parameter> actual = resumed.network().parameters();
    for (int p = 0; p < expected.size(); p++) {
      assertArrayEquals(expected.get(p).values(), actual.get(p).values(), 0.0, "parameter " + p);
    }
    List<Buffer> expectedBuffers = whole.network().buffers();
    List<Buffer> actualBuffers = resumed.network().buffers();
    assertEquals(expectedBuffers.size(), actualBuffers.size());
    for (int b = 0; b < expectedBuffers.size(); b++) {
      assertArrayEquals(expectedBuffers.get(b).values(), actualBuffers.get(b).values(), 0.0,
          "buffer " + b);
    }
    return resumed;
  }

  private static List<Double> rates(TrainingResult result) {
    return result.epochs().stream().map(EpochStats::learningRate).toList();
  }

  // RUN with a schedule, and gradient clipping, which changes the steps but keeps no state.
  private static String scheduled(String schedule) {
    return RUN.replace("momentum: 0.9}", "momentum: 0.9, schedule: " + schedule + "}")
        .replace("batch_size: 20\n", "batch_size: 20\n  clip_grad_norm: 0.5\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{type: reduce_on_plateau, monitor: accuracy, patience: 0, "
      + "factor: 0.5}", "{type: reduce_on_plateau, patience: 0, factor: 0.7}",
      "{type: step, step_size: 3, gamma: 0.5}", "{type: exponential, gamma: 0.8}"})
  void aScheduledRunTrainedOnWithMoreEpochsEndsBitForBitWhereOneRunEnds(String schedule,
      @TempDir Path folder) throws Exception {
    Path config = write(folder, "run.yaml", scheduled(schedule));
    Experiment whole = prepare(config, 12);
    TrainingResult straight = new TrainingLoop(whole, Kernels.defaults()).run();
    List<Double> rates = rates(straight);
    // The rate changes before the save and after it, so both halves depend on the schedule.
    assertTrue(rates.subList(0, 5).stream().distinct().count() > 1, rates.toString());
    assertTrue(rates.subList(5, 12).stream().distinct().count() > 1, rates.toString());

    Experiment first = prepare(config, 5);
    TrainingLoop firstLoop = new TrainingLoop(first, Kernels.defaults());
    firstLoop.run();
    Path saved = folder.resolve("saved.yaml");
    save(first, firstLoop, saved);
    Experiment resumed = prepare(saved, 12);
    TrainingResult continued = new TrainingLoop(resumed, Kernels.defaults()).run();

    assertEquals(TrainingReport.tree(whole, straight).get("epochs"),
        TrainingReport.tree(resumed, continued).get("epochs"));
    List<Parameter> expected = whole.network().parameters();
    List<Parameter> actual = resumed.network().parameters();
    for (int p = 0; p < expected.size(); p++) {
      assertArrayEquals(expected.get(p).values(), actual.get(p).values(), 0.0, "parameter " + p);
    }
  }

  // The cosine's length is the run's: a run interrupted and saved goes on along the same curve.
  @Test
  void anInterruptedCosineRunTrainedOnEndsBitForBitWhereOneRunEnds(@TempDir Path folder)
      throws Exception {
    Path config = write(folder, "run.yaml", scheduled("{type: cosine, warmup_epochs: 2, "
        + "min_lr: 0.001}"));
    Experiment whole = prepare(config, 12);
    TrainingResult straight = new TrainingLoop(whole, Kernels.defaults()).run();

    Experiment first = prepare(config, 12);
    TrainingLoop firstLoop = new TrainingLoop(first, Kernels.defaults());
    firstLoop.run(() -> firstLoop.epochsCompleted() == 5);
    Path saved = folder.resolve("saved.yaml");
    save(first, firstLoop, saved);
    Experiment resumed = prepare(saved, 12);
    TrainingResult continued = new TrainingLoop(resumed, Kernels.defaults()).run();

    // Warm-up to η at epoch 2, where the cosine starts at epoch 3: 11 rates for 12 epochs.
    assertEquals(11, rates(straight).stream().distinct().count(), rates(straight).toString());
    assertEquals(TrainingReport.tree(whole, straight).get("epochs"),
        TrainingReport.tree(resumed, continued).get("epochs"));
    List<Parameter> expected = whole.network().parameters();
    List<Parameter> actual = resumed.network().parameters();
    for (int p = 0; p < expected.size(); p++) {
      assertArrayEquals(expected.get(p).values(), actual.get(p).values(), 0.0, "parameter " + p);
    }
  }

  // A finished cosine run's next rate is min_lr, 0 by default: the saved run must load again.
  @Test
  void aFinishedCosineRunWithTheDefaultMinimumRateLoadsAndTrainsOn(@TempDir Path folder)
      throws Exception {
    Path config = write(folder, "run.yaml", scheduled("{type: cosine}"));
    Experiment experiment = prepare(config, 4);
    TrainingLoop loop = new TrainingLoop(experiment, Kernels.defaults());
    loop.run();
    Path saved = folder.resolve("saved.yaml");
    save(experiment, loop, saved);
    Experiment resumed = prepare(saved, 6);
    assertEquals(0.0, resumed.saved().progress().orElseThrow().schedule().orElseThrow()
        .learningRate());
    List<EpochStats> epochs = new TrainingLoop(resumed, Kernels.defaults()).run().epochs();
    assertEquals(6, epochs.get(epochs.size() - 1).epoch());
  }

  @Test
  void aPlateausCountersAreSavedWithTheRun(@TempDir Path folder) throws Exception {
    Path config = write(folder, "run.yaml", scheduled("{type: reduce_on_plateau, patience: 50}"));
    Experiment experiment = prepare(config, 3);
    TrainingLoop loop = new TrainingLoop(experiment, Kernels.defaults());
    TrainingResult result = loop.run();
    Path saved = folder.resolve("saved.yaml");
    save(experiment, loop, saved);
    SavedState state = StateReader.read((YamlMap)
        ExperimentLoader.tree(saved, List.of()).get("state").orElseThrow());
    ScheduleProgress schedule = state.progress().orElseThrow().schedule().orElseThrow();
    double best = result.epochs().stream().mapToDouble(EpochStats::valLoss).min().orElseThrow();
    assertEquals(new ScheduleProgress("reduce_on_plateau", 0.05, best, schedule.badEpochs()),
        schedule);
  }

  @Test
  void aSavedRunIsRefusedWithAnotherSchedule(@TempDir Path folder) throws Exception {
    Path config = write(folder, "run.yaml", scheduled("{type: step, step_size: 2}"));
    Experiment experiment = prepare(config, 2);
    TrainingLoop loop = new TrainingLoop(experiment, Kernels.defaults());
    loop.run();
    Path saved = folder.resolve("saved.yaml");
    save(experiment, loop, saved);
    ConfigException e = assertThrows(ConfigException.class, () -> Experiment.prepare(
        ExperimentLoader.load(saved, List.of(new ConfigChange(
            "optimizer.schedule={type: exponential, gamma: 0.5}", "--set"))),
        TestExperiments.REGISTRY, Kernels.defaults()));
    assertEquals("state.schedule: the saved run used learning-rate schedule step, but this "
        + "configuration uses exponential; resume it with the optimizer.schedule it was saved with",
        e.keyPath() + ": " + e.problem());
  }

  @Test
  void aSavedRunKeepsItsClassNamesColumnsAndStandardization(@TempDir Path folder)
      throws Exception {
    Path data = write(folder, "flowers.csv", "width,height,kind\n1,10,rose\n2,30,tulip\n"
        + "3,50,rose\n4,70,tulip\n5,90,iris\n6,110,iris\n");
    Path config = write(folder, "flowers.yaml", """
        model: {inputs: 2, hidden: [4], outputs: 3}
        loss: cross_entropy
        training: {epochs: 2, batch_size: 3}
        data: {csv: {path: flowers.csv, target: kind}, standardize: true}
        """);
    Experiment experiment = prepare(config, 2);
    TrainingLoop loop = new TrainingLoop(experiment, Kernels.defaults());
    loop.run();
    Path saved = folder.resolve("saved.yaml");
    save(experiment, loop, saved);
    Files.delete(data);
    SavedState state = StateReader.read((YamlMap)
        ExperimentLoader.tree(saved, List.of()).get("state").orElseThrow());
    assertEquals(Optional.of(List.of("iris", "rose", "tulip")), state.classes());
    assertEquals(List.of("width", "height"), state.inputNames());
    assertEquals(List.of("kind"), state.targetNames());
    Standardization stats = state.standardization().orElseThrow();
    assertArrayEquals(new double[] {3.5, 60}, stats.mean(), 1e-12);
    // Population standard deviations: sqrt(35/12) and sqrt(3500/3).
    assertArrayEquals(new double[] {Math.sqrt(35.0 / 12), Math.sqrt(3500.0 / 3)}, stats.scale(),
        1e-12);
    assertTrue(state.progress().isPresent());
  }
}
