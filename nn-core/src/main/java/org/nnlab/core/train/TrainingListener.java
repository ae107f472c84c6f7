package org.nnlab.core.train;

import org.nnlab.core.stats.EpochStats;

/** Hears about training as it happens, for progress output. */
@FunctionalInterface
public interface TrainingListener {
  /** A listener that ignores everything. */
  TrainingListener NONE = stats -> {};

  /** Called after each completed epoch. */
  void onEpoch(EpochStats stats);
}
