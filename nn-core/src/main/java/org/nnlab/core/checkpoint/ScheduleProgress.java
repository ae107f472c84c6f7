package org.nnlab.core.checkpoint;

/**
 * Where a learning-rate schedule stands, for a checkpoint.
 *
 * @param type the schedule's type, such as {@code reduce_on_plateau}
 * @param learningRate the rate the next epoch trains with
 * @param best the plateau schedule's best monitored value so far; NaN before the first epoch
 *     and for other schedules
 * @param badEpochs the plateau schedule's epochs without improvement since the best (PyTorch's
 *     {@code num_bad_epochs}); 0 for other schedules
 */
public record ScheduleProgress(String type, double learningRate, double best, int badEpochs) {}
