package org.nnlab.core.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How training runs.
 *
 * @param epochs passes over the data, in all (a resumed run trains those not yet completed)
 * @param batchSize samples per update; the last batch of an epoch may be smaller
 * @param shuffle whether the samples are reordered (seeded) before each epoch
 * @param statistics how often the per-layer gradient statistics are measured
 * @param clipGradNorm the largest global L2 norm of the gradients, if they are clipped by norm
 * @param clipGradValue the largest absolute gradient entry, if they are clipped by value
 * @param earlyStopping when to stop before the last epoch, if at all
 */
public record TrainingConfig(int epochs, int batchSize, boolean shuffle, Statistics statistics,
    OptionalDouble clipGradNorm, OptionalDouble clipGradValue,
    Optional<EarlyStoppingConfig> earlyStopping) {
  /** Epochs when none are given, as in Keras' {@code fit}. */
  public static final int DEFAULT_EPOCHS = 1;

  /** Batch size when none is given, as in Keras' {@code fit}. */
  public static final int DEFAULT_BATCH_SIZE = 32;

  /** Whether samples are shuffled each epoch when the configuration does not say. */
  public static final boolean DEFAULT_SHUFFLE = true;

  /** The largest epoch count accepted. */
  public static final int MAX_EPOCHS = 10_000_000;

  /** The largest batch size accepted. */
  public static final int MAX_BATCH_SIZE = 10_000_000;

  /** A training section with every default. */
  public static TrainingConfig defaults() {
    return new TrainingConfig(DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE, DEFAULT_SHUFFLE,
        Statistics.DEFAULT, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
  }

  /** {@code training.statistics}: how often the per-layer gradient statistics are measured. */
  public enum Statistics {
    /** Every batch, as the report documents: the default. */
    EVERY_BATCH("every_batch"),
    /** Never: epochs report loss and accuracy only, and training runs at full speed. */
    OFF("off");

    /** The setting when the configuration gives none. */
    public static final Statistics DEFAULT = EVERY_BATCH;

    private final String configName;

    Statistics(String configName) {
      this.configName = configName;
    }

    /** The name a configuration uses. */
    public String configName() {
      return configName;
    }

    /** Every configuration name. */
    public static List<String> configNames() {
      return Arrays.stream(values()).map(Statistics::configName).toList();
    }

    /** Finds a setting by its configuration name. */
    public static Optional<Statistics> byName(String name) {
      return Arrays.stream(values()).filter(s -> s.configName.equals(name)).findFirst();
    }
  }
}
