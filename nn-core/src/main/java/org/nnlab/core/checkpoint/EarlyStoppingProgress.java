package org.nnlab.core.checkpoint;

/**
 * Where early stopping stands, for a checkpoint.
 *
 * @param best the best monitored value so far, NaN before the first epoch
 * @param bestEpoch the epoch it was reached in, 0 before the first epoch
 * @param epochsWithoutImprovement epochs since then without improvement
 * @param bestParameters the best epoch's parameters, then its buffers (network order), when
 *     {@code restore_best} is on, else empty
 */
public record EarlyStoppingProgress(double best, int bestEpoch, int epochsWithoutImprovement,
    double[][] bestParameters) {}
