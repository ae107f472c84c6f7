package org.nnlab.core.config;

/**
 * How training runs.
 *
 * @param epochs passes over the data
 * @param batchSize samples per update; the last batch of an epoch may be smaller
 * @param shuffle whether the samples are reordered (seeded) before each epoch
 */
public record TrainingConfig(int epochs, int batchSize, boolean shuffle) {
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
}
