package org.nnlab.core.train;

import org.nnlab.core.stats.EpochStats;

/**
 * Hears about training as it happens, batch by batch and epoch by epoch: the seams where
 * statistics, divergence checks, early stopping, checkpoints, logs and progress bars attach.
 *
 * <p>The batch methods run on the training thread in the hot loop: they must not allocate.
 * Listeners are called in the order they were given to the loop.
 */
public interface TrainingListener {

  /** Before the first batch of an epoch. */
  default void onEpochStart(int epoch) {}

  /** After a batch's forward pass and loss; {@link Batch#diverge} stops training here. */
  default void afterLoss(Batch batch) {}

  /** After a batch's backward pass: every gradient is filled; the step has not happened. */
  default void afterBackward(Batch batch) {}

  /** After a batch's optimizer step; {@link Batch#diverge} here undoes the step. */
  default void afterStep(Batch batch) {}

  /**
   * At the end of an epoch, before it is reported: a listener that measures something per epoch
   * adds it to the record.
   */
  default void measureEpoch(EpochRecord record) {}

  /**
   * After an epoch completed and was measured; {@link TrainingControl#stop} ends training after
   * this epoch.
   */
  default void onEpochEnd(EpochStats stats, TrainingControl control) {}

  /** Once, when training ends for whatever reason. */
  default void onTrainingEnd(TrainingResult result) {}
}
