package org.nnlab.core.config;

import java.util.List;

/**
 * {@code training.early_stopping}: stop when a monitored value has not improved for a while, as
 * Keras' {@code EarlyStopping} callback.
 *
 * @param monitor {@code val_loss}, {@code val_accuracy}, {@code loss} or {@code accuracy}
 * @param patience how many epochs without improvement end training
 * @param minDelta how much better than the best a value must be to count as an improvement
 * @param restoreBest whether the model gets back the best epoch's parameters when it stops
 */
public record EarlyStoppingConfig(String monitor, int patience, double minDelta,
    boolean restoreBest) {
  /** The values that can be monitored. */
  public static final List<String> MONITORS =
      List.of("val_loss", "val_accuracy", "loss", "accuracy");

  /** The monitored value when none is given, as in Keras. */
  public static final String DEFAULT_MONITOR = "val_loss";

  /** The patience when none is given. */
  public static final int DEFAULT_PATIENCE = 10;

  /** The smallest improvement that counts, when none is given. */
  public static final double DEFAULT_MIN_DELTA = 0.0;

  /** Whether the best parameters are restored, when the configuration does not say. */
  public static final boolean DEFAULT_RESTORE_BEST = true;

  /** Tells whether larger values are better: accuracies, not losses. */
  public boolean maximizes() {
    return monitor.endsWith("accuracy");
  }

  /** Tells whether the monitored value is measured on validation data. */
  public boolean needsValidation() {
    return monitor.startsWith("val_");
  }
}
