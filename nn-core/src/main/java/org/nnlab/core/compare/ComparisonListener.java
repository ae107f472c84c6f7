package org.nnlab.core.compare;

/** Hears about a comparison as it runs, for progress output. Called from worker threads. */
public interface ComparisonListener {
  /** A listener that ignores everything. */
  ComparisonListener NONE = new ComparisonListener() {};

  /** A run starts training. */
  default void runStarted(PlannedRun run) {}

  /** A run completed an epoch. */
  default void epochFinished(PlannedRun run, int epoch) {}

  /** A run ended, however it ended. */
  default void runFinished(RunOutcome outcome) {}
}
