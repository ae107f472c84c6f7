package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.core.init.BiasInit;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingLoop;

class ExperimentBuilderTest {

  private static ExperimentBuilder vanishing() {
    return new ExperimentBuilder("vanishing-sigmoid")
        .seed(1)
        .inputs(2).hidden(32, 32, 32, 32, 32, 32, 32, 32, 32, 32).activation("sigmoid")
        .outputs(3).init("xavier_uniform")
        .loss("cross_entropy")
        .optimizer("sgd", Map.of("learning_rate", 0.01, "momentum", 0.9))
        .epochs(3).batchSize(32)
        .set("data.synthetic", Map.of("name", "spiral", "samples", 600, "noise", 0.05,
            "classes", 3));
  }

  private static List<Object> epochsOf(ExperimentConfig config) {
    Experiment experiment = Experiment.prepare(config, TestExperiments.REGISTRY,
        Kernels.defaults());
    return List.of(TrainingReport.tree(experiment, new TrainingLoop(experiment,
        Kernels.defaults()).run()).get("epochs"));
  }

  @Test
  void anExperimentBuiltInCodeTrainsBitForBitLikeTheSameExperimentFromItsFile() {
    ExperimentConfig fromFile = ExperimentLoader.load(
        Path.of("..", "examples", "vanishing-sigmoid.yaml"),
        List.of(ConfigChange.option("--epochs", "training.epochs", "3")));
    assertEquals(epochsOf(fromFile), epochsOf(vanishing().build()));
  }

  @Test
  void biasInitSetInCodeIsEveryLayersBiasInit() {
    assertEquals(List.of(BiasInit.STANDARD), vanishing().biasInit("standard").build().model()
        .layers().stream().map(LayerConfig::biasInit).distinct().toList());
  }

  @Test
  void aMistakeInCodeIsRefusedWithTheKeyPathAsInAFile() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> vanishing().set("training.epoch", 3).build());
    assertEquals("(built in code) training.epoch: training.epoch: unknown key 'epoch'; did you "
        + "mean 'epochs'? known keys: batch_size, clip_grad_norm, clip_grad_value, "
        + "early_stopping, epochs, shuffle, statistics",
        e.getMessage());
  }

  @Test
  void aValueOfTheWrongFormIsRefusedAsInAFile() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> vanishing().epochs(0).build());
    assertEquals("training.epochs: expected an integer from 1 to 10000000, found 0",
        e.keyPath() + ": " + e.problem());
  }
}
