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
      summaries.add(PointSummary.of(point, outcomesOf(point, outcomes)));
    }
    return new Comparison(name, configFile, grid, List.copyOf(outcomes), summaries);
  }

  /** The outcomes of one grid point's runs, in run order. */
  public List<RunOutcome> outcomesOf(GridPoint point) {
    return outcomesOf(point, outcomes);
  }

  private static List<RunOutcome> outcomesOf(GridPoint point, List<RunOutcome> outcomes) {
    return outcomes.stream().filter(o -> o.run().point().index() == point.index()).toList();
  }

  /** The outcomes that completed every epoch (and so have statistics to aggregate). */
  public static List<RunOutcome> successful(List<RunOutcome> outcomes) {
    return outcomes.stream().filter(o -> o.succeeded() && !o.epochs().isEmpty()).toList();
  }

  /** Tells whether every run completed every epoch. */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(RunOutcome::succeeded);
  }

  /** Tells whether any run's training produced accuracy. */
  public boolean hasAccuracy() {
    return outcomes.stream().flatMap(o -> o.epochs().stream()).anyMatch(e -> e.hasAccuracy());
  }

  /** Tells whether any run was measured on validation data. */
  public boolean hasValidation() {
    return outcomes.stream().flatMap(o -> o.epochs().stream()).anyMatch(e -> e.hasValidation());
  }
}
