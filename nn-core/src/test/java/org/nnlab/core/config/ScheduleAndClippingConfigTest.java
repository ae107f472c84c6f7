package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** {@code optimizer.schedule}, {@code training.clip_grad_norm} and {@code clip_grad_value}. */
class ScheduleAndClippingConfigTest {
  private static final Path FILE = Path.of("run.yaml");
  private static final String BASE = """
      model: {inputs: 2, outputs: 3}
      loss: cross_entropy
      optimizer:
        type: sgd
        learning_rate: 0.1
        schedule: SCHEDULE
      training: {epochs: 10}
      data: {synthetic: {name: spiral}}
      """;

  private static ExperimentConfig read(String yaml) {
    return new ConfigReader().validate(new YamlReader().parse(yaml, FILE.toString()), FILE);
  }

  private static ExperimentConfig withSchedule(String schedule) {
    return read(BASE.replace("SCHEDULE", schedule));
  }

  private static String refusal(String yaml) {
    return assertThrows(ConfigException.class, () -> read(yaml)).getMessage();
  }

  private static String scheduleRefusal(String schedule) {
    return refusal(BASE.replace("SCHEDULE", schedule));
  }

  @Test
  void eachScheduleIsReadWithPyTorchsDefaults() {
    assertEquals(Optional.of(new ScheduleConfig.Step(3, 0.1)),
        withSchedule("{type: step, step_size: 3}").schedule());
    assertEquals(Optional.of(new ScheduleConfig.Exponential(0.9)),
        withSchedule("{type: exponential, gamma: 0.9}").schedule());
    assertEquals(Optional.of(new ScheduleConfig.Cosine(0.0, 0)),
        withSchedule("{type: cosine}").schedule());
    assertEquals(Optional.of(new ScheduleConfig.ReduceOnPlateau("loss", 0.1, 10)),
        withSchedule("{type: reduce_on_plateau, monitor: loss}").schedule());
  }

  @Test
  void noScheduleAndNoClippingIsTheDefault() {
    ExperimentConfig config = read(BASE.replace("  schedule: SCHEDULE\n", ""));
    assertEquals(Optional.empty(), config.schedule());
    assertEquals(OptionalDouble.empty(), config.training().clipGradNorm());
    assertEquals(OptionalDouble.empty(), config.training().clipGradValue());
  }

  @Test
  void theScheduleIsTheEnginesKeyNotAnOptionOfTheOptimizer() {
    PluginRef optimizer = withSchedule("{type: cosine}").optimizer();
    assertEquals("sgd", optimizer.name());
    YamlPluginOptions options = optimizer.pluginOptions();
    assertFalse(options.keys().contains("schedule"), options.keys().toString());
    assertTrue(options.keys().contains("learning_rate"));
  }

  @Test
  void aPlateauOnAValidationValueWithoutValidationDataIsRefusedAsEarlyStoppingIs() {
    assertEquals("run.yaml:6:39: optimizer.schedule.monitor: monitors 'val_accuracy', which is "
        + "measured on validation data, but the configuration has no validation section; add "
        + "validation: {fraction: 0.2}, or monitor loss",
        scheduleRefusal("{type: reduce_on_plateau, monitor: val_accuracy}"));
    // The default monitor is val_loss: the message points at the schedule.
    assertTrue(scheduleRefusal("{type: reduce_on_plateau}").startsWith(
        "run.yaml:6:3: optimizer.schedule.monitor: monitors 'val_loss'"));
  }

  @Test
  void aPlateauOnValidationDataIsAcceptedWithAValidationSection() {
    ExperimentConfig config = read(BASE.replace("SCHEDULE", "{type: reduce_on_plateau}")
        + "validation: {fraction: 0.2}\n");
    assertEquals(Optional.of(new ScheduleConfig.ReduceOnPlateau("val_loss", 0.1, 10)),
        config.schedule());
  }

  @Test
  void aKeyOfAnotherScheduleIsAnUnknownKeyWithTheTypesOwnKeys() {
    assertEquals("run.yaml:6:40: optimizer.schedule.patience: unknown key 'patience'; known "
        + "keys: gamma, step_size, type",
        scheduleRefusal("{type: step, step_size: 2, patience: 3}"));
  }

  @Test
  void aMisspelledScheduleIsRefusedWithTheClosestName() {
    assertEquals("run.yaml:6:20: optimizer.schedule.type: unknown schedule 'cosin'; did you "
        + "mean 'cosine'? known schedules: cosine, exponential, reduce_on_plateau, step",
        scheduleRefusal("{type: cosin}"));
  }

  @Test
  void aScheduleWithoutItsRequiredKeyIsRefused() {
    assertEquals("run.yaml:6:13: optimizer.schedule: missing key 'step_size': expected "
        + "step_size, the epochs between two decays", scheduleRefusal("{type: step}"));
    assertEquals("run.yaml:6:13: optimizer.schedule: missing key 'gamma': expected gamma, the "
        + "factor applied after every epoch", scheduleRefusal("{type: exponential}"));
    assertEquals("run.yaml:6:13: optimizer.schedule: missing key 'type': expected a schedule: "
        + "step, exponential, cosine or reduce_on_plateau", scheduleRefusal("{gamma: 0.5}"));
  }

  @Test
  void valuesOutOfRangeAreRefusedWhereTheyAreWritten() {
    assertEquals("run.yaml:6:47: optimizer.schedule.factor: expected a number between 0 and 1 "
        + "(exclusive), found 1", scheduleRefusal("{type: reduce_on_plateau, factor: 1, "
        + "monitor: loss}"));
    assertEquals("run.yaml:6:40: optimizer.schedule.gamma: expected a positive number, found 0",
        scheduleRefusal("{type: exponential, gamma: 0}"));
  }

  @Test
  void aWarmUpAsLongAsTheRunIsRefused() {
    assertEquals("run.yaml:6:28: optimizer.schedule.warmup_epochs: warms up for 10 epochs, but "
        + "training has 10; warm up for fewer epochs than training.epochs",
        scheduleRefusal("{type: cosine, warmup_epochs: 10}"));
  }

  @Test
  void clippingTakesAPositiveNumber() {
    String yaml = BASE.replace("  schedule: SCHEDULE\n", "");
    assertEquals(OptionalDouble.of(1.0), read(yaml.replace("{epochs: 10}",
        "{epochs: 10, clip_grad_norm: 1.0}")).training().clipGradNorm());
    assertEquals(OptionalDouble.of(0.5), read(yaml.replace("{epochs: 10}",
        "{epochs: 10, clip_grad_value: 0.5}")).training().clipGradValue());
    assertEquals("run.yaml:6:40: training.clip_grad_norm: expected a positive number, found 0",
        refusal(yaml.replace("{epochs: 10}", "{epochs: 10, clip_grad_norm: 0}")));
  }

  @Test
  void clippingByNormAndByValueAtOnceIsRefused() {
    String yaml = BASE.replace("  schedule: SCHEDULE\n", "").replace("{epochs: 10}",
        "{epochs: 10, clip_grad_norm: 1, clip_grad_value: 0.5}");
    assertEquals("run.yaml:6:43: training.clip_grad_value: cannot be used with clip_grad_norm; "
        + "clip by the global norm or by value, not both", refusal(yaml));
  }

  @Test
  void aScheduleCanBeSetFromTheCommandLine() {
    YamlNode tree = new YamlReader().parse(BASE.replace("  schedule: SCHEDULE\n", ""),
        FILE.toString());
    new ConfigOverrides().apply(tree, "optimizer.schedule.type=cosine", "--set");
    assertEquals(Optional.of(new ScheduleConfig.Cosine(0.0, 0)),
        new ConfigReader().validate(tree, FILE).schedule());
  }
}
