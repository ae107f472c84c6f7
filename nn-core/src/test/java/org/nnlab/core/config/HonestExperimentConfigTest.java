package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.train.TestExperiments;

/** The configuration of validation data, standardization, statistics and early stopping. */
class HonestExperimentConfigTest {
  private static final String BASE = """
      model: {inputs: 2, hidden: [8], outputs: 3}
      loss: cross_entropy
      data: {synthetic: {name: spiral, samples: 60}}
      """;

  private static ExperimentConfig read(String yaml) {
    return ExperimentLoader.fromText(yaml, Path.of("honest.yaml"), List.of());
  }

  private static String refused(String yaml) {
    return assertThrows(ConfigException.class, () -> read(yaml)).getMessage();
  }

  @Test
  void everyNewSettingHasItsDefault() {
    ExperimentConfig config = read(BASE);
    assertEquals(TrainingConfig.Statistics.EVERY_BATCH, config.training().statistics());
    assertTrue(config.training().earlyStopping().isEmpty());
    assertTrue(config.validation().isEmpty());
    assertEquals(false, config.standardize());
  }

  @Test
  void earlyStoppingDefaultsFollowKeras() {
    EarlyStoppingConfig early = read(BASE + "training: {early_stopping: {monitor: loss}}\n")
        .training().earlyStopping().orElseThrow();
    assertEquals(new EarlyStoppingConfig("loss", 10, 0.0, true), early);
  }

  @Test
  void aValidationMonitorWithoutValidationDataIsRefused() {
    assertEquals("honest.yaml:4:1: training.early_stopping.monitor: monitors 'val_loss', which "
        + "is measured on validation data, but the configuration has no validation section; add "
        + "validation: {fraction: 0.2}, or monitor loss",
        refused(BASE + "training: {early_stopping: {}}\n"));
  }

  @Test
  void anUnknownMonitorListsTheKnownOnes() {
    assertTrue(refused(BASE + "training: {early_stopping: {monitor: val_los}}\n")
        .endsWith("training.early_stopping.monitor: unknown monitor 'val_los'; did you mean "
            + "'val_loss'? known monitors: accuracy, loss, val_accuracy, val_loss"));
  }

  @Test
  void anAccuracyMonitorForRegressionIsRefusedWhenThereIsNoAccuracy() {
    String regression = """
        model: {inputs: 1, hidden: [4], outputs: 1}
        loss: mse
        training: {early_stopping: {monitor: accuracy}}
        data: {inline: {inputs: [1, 2, 3, 4], targets: [1, 2, 3, 4]}}
        """;
    ConfigException e = assertThrows(ConfigException.class,
        () -> TestExperiments.fromYaml(regression));
    assertEquals("training.early_stopping.monitor: monitors 'accuracy', but the targets are not "
        + "classes, so there is no accuracy; monitor loss", e.keyPath() + ": " + e.problem());
  }

  @Test
  void aValidationFractionMustBeAShare() {
    assertTrue(refused(BASE + "validation: {fraction: 1.5}\n").endsWith(
        "validation.fraction: expected a share of the data between 0 and 1, such as 0.2, found "
            + "1.5"));
  }

  @Test
  void aFractionThatLeavesNoValidationSampleIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> TestExperiments.fromYaml(
        BASE.replace("samples: 60", "samples: 6") + "validation: {fraction: 0.01}\n"));
    assertEquals("validation.fraction: holding out 0.01 of 6 samples leaves no validation "
        + "samples; use more data or another fraction", e.keyPath() + ": " + e.problem());
  }

  @Test
  void validationDataOfItsOwnIsReadLikeTrainingData() {
    ValidationConfig validation = read(BASE + "validation: {synthetic: {name: spiral, samples: 30}}\n")
        .validation().orElseThrow();
    DataConfig.Synthetic data = (DataConfig.Synthetic) ((ValidationConfig.Source) validation)
        .data();
    assertEquals(30, data.samples());
    assertEquals("validation.synthetic", data.path());
  }

  @Test
  void validationTakesOneSource() {
    assertTrue(refused(BASE + "validation: {}\n").endsWith("validation: expected exactly one of "
        + "fraction, inline, csv or synthetic, found none"));
  }

  @Test
  void statisticsAreEveryBatchOrOff() {
    assertEquals(TrainingConfig.Statistics.OFF,
        read(BASE + "training: {statistics: off}\n").training().statistics());
    assertTrue(refused(BASE + "training: {statistics: always}\n").endsWith(
        "training.statistics: unknown statistics setting 'always'; known statistics settings: "
            + "every_batch, off"));
  }
}
