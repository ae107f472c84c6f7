package org.nnlab.core.config;

import java.util.List;

/** The keys of {@code training} and {@code training.early_stopping}. */
public final class TrainingKeys {
  /** {@code training.epochs}. */
  public static final ConfigKey<Integer> EPOCHS = ConfigKey.integer("epochs", 1,
      TrainingConfig.MAX_EPOCHS, TrainingConfig.DEFAULT_EPOCHS,
      "passes over the data, in all (a resumed run trains those not yet completed)");

  /** {@code training.batch_size}. */
  public static final ConfigKey<Integer> BATCH_SIZE = ConfigKey.integer("batch_size", 1,
      TrainingConfig.MAX_BATCH_SIZE, TrainingConfig.DEFAULT_BATCH_SIZE,
      "samples per update; the last batch of an epoch may be smaller");

  /** {@code training.shuffle}. */
  public static final ConfigKey<Boolean> SHUFFLE = ConfigKey.flag("shuffle",
      TrainingConfig.DEFAULT_SHUFFLE, "reorder the samples (from the seed) before each epoch");

  private static final ConfigKey<String> STATISTICS_NAME = ConfigKey.choice("statistics",
      "statistics setting", TrainingConfig.Statistics.configNames(), null, "");

  /**
   * {@code training.statistics}. YAML 1.1 reads a plain {@code off} (or {@code no}, {@code
   * false}) as the boolean false: that says off too.
   */
  public static final ConfigKey<String> STATISTICS = ConfigKey.of("statistics",
      new ValueForm.AnyOf(List.of(STATISTICS_NAME.form(), new ValueForm.Exactly(false))),
      "how often the per-layer gradient statistics are measured",
      (node, path) -> node instanceof YamlScalar scalar && Boolean.FALSE.equals(scalar.value())
          ? TrainingConfig.Statistics.OFF.configName() : STATISTICS_NAME.read(node, path))
      .withDefault(TrainingConfig.Statistics.DEFAULT.configName());

  /** {@code training.clip_grad_norm}. */
  public static final ConfigKey<Double> CLIP_GRAD_NORM = ConfigKey.number("clip_grad_norm",
      positive(), "a positive number", null,
      "scale every gradient down when their global L2 norm exceeds this, as "
          + "torch.nn.utils.clip_grad_norm_; default: no clipping");

  /** {@code training.clip_grad_value}. */
  public static final ConfigKey<Double> CLIP_GRAD_VALUE = ConfigKey.number("clip_grad_value",
      positive(), "a positive number", null,
      "clamp every gradient entry to [-value, value], as torch.nn.utils.clip_grad_value_; "
          + "default: no clipping");

  /** {@code training.early_stopping.monitor}. */
  public static final ConfigKey<String> MONITOR = ConfigKey.choice("monitor", "monitor",
      EarlyStoppingConfig.MONITORS, EarlyStoppingConfig.DEFAULT_MONITOR,
      "the value watched for improvement");

  /** {@code training.early_stopping.patience}. */
  public static final ConfigKey<Integer> PATIENCE = ConfigKey.integer("patience", 1,
      TrainingConfig.MAX_EPOCHS, EarlyStoppingConfig.DEFAULT_PATIENCE,
      "epochs without improvement that end training");

  /** {@code training.early_stopping.min_delta}. */
  public static final ConfigKey<Double> MIN_DELTA = ConfigKey.number("min_delta",
      ValueForm.Real.atLeast(0), "a number of at least 0", EarlyStoppingConfig.DEFAULT_MIN_DELTA,
      "how much better than the best a value must be to count as an improvement");

  /** {@code training.early_stopping.restore_best}. */
  public static final ConfigKey<Boolean> RESTORE_BEST = ConfigKey.flag("restore_best",
      EarlyStoppingConfig.DEFAULT_RESTORE_BEST,
      "whether the model gets back the best epoch's parameters when it stops");

  /** The {@code training.early_stopping} mapping. */
  public static final ConfigSection EARLY_STOPPING_SECTION = ConfigSection.of("early_stopping",
      "stop when the monitored value has not improved for a while",
      MONITOR, PATIENCE, MIN_DELTA, RESTORE_BEST);

  /** {@code training.early_stopping}. */
  public static final ConfigKey<EarlyStoppingConfig> EARLY_STOPPING = ConfigKey.of(
      "early_stopping", new ValueForm.Nested(EARLY_STOPPING_SECTION),
      "stop before the last epoch when the monitored value stops improving",
      TrainingSectionReader::earlyStopping);

  /** The {@code training} mapping. */
  public static final ConfigSection SECTION = ConfigSection.of("training",
      "epochs, batches, statistics, gradient clipping and early stopping",
      EPOCHS, BATCH_SIZE, SHUFFLE, STATISTICS, CLIP_GRAD_NORM, CLIP_GRAD_VALUE, EARLY_STOPPING)
      .excluding(CLIP_GRAD_NORM.name(), CLIP_GRAD_VALUE.name());

  private TrainingKeys() {}

  private static ValueForm.Real positive() {
    return new ValueForm.Real(0, true, Double.POSITIVE_INFINITY, false);
  }
}
