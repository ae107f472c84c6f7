package org.nnlab.core.compare;

import org.nnlab.core.config.ExperimentConfig;

/**
 * One run of a comparison, validated and ready to train.
 *
 * @param index the 0-based run number, grid point by grid point, seed by seed
 * @param point the grid point
 * @param seed the seed of this run
 * @param config the configuration with the point's values and the seed applied
 */
public record PlannedRun(int index, GridPoint point, long seed, ExperimentConfig config) {}
