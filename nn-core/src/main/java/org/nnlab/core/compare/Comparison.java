package org.nnlab.core.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished (or stopped) comparison: its grid, every run's outcome, and the per-point
 * summaries.
 *
 * @param name the experiment's name
 * @param configFile the configuration it was run from
 * @param grid the grid
 * @param outcomes one per run, in run order
 * @param summaries one per grid point, in grid order
 */
public record Comparison(
    String name, Path configFile, Grid grid, List<RunOutcome> outcomes,
    List<PointSummary> summaries) {

  /** Aggregates outcomes into a comparison. */
  public static Comparison of(String name, Path configFile, Grid grid, List<RunOutcome> outcomes) {
    List<PointSummary> summaries = new ArrayList<>();
    for (GridPoint point : grid.points()) {
      summaries.add(PointSummary.of(point, outcomes));
    }
    return new Comparison(name, configFile, grid, List.copyOf(outcomes), summaries);
  }

  /** Tells whether every run completed every epoch. */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(RunOutcome::succeeded);
  }

  /** Tells whether any run's training produced accuracy. */
  public boolean hasAccuracy() {
    return outcomes.stream().flatMap(o -> o.epochs().stream()).anyMatch(e -> e.hasAccuracy());
  }
}
