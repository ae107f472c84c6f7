package org.nnlab.core.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.stats.EpochStats;

/**
 * What became of one run.
 *
 * @param run the planned run
 * @param status how it ended
 * @param error why it failed, diverged or stopped; empty when it succeeded
 * @param epochs the statistics of every completed epoch
 * @param config the resolved configuration, empty when the run never started
 * @param report the run's training report tree, empty when the run never started
 */
public record RunOutcome(
    PlannedRun run,
    Status status,
    String error,
    List<EpochStats> epochs,
    Map<String, Object> config,
    Map<String, Object> report) {

  /** How a run ended. */
  public enum Status {
    /** Every epoch completed. */
    OK("ok"),
    /** Training produced a value that is not finite. */
    DIVERGED("diverged"),
    /** The run threw an error. */
    FAILED("failed"),
    /** The comparison was stopped (Ctrl-C) while this run trained or before it started. */
    INTERRUPTED("interrupted");

    private final String word;

    Status(String word) {
      this.word = word;
    }

    /** The lowercase word used in files and tables. */
    public String word() {
      return word;
    }
  }

  /** Creates the record, copying the list and keeping the maps' order. */
  public RunOutcome {
    epochs = List.copyOf(epochs);
    config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    report = Collections.unmodifiableMap(new LinkedHashMap<>(report));
  }

  /** Tells whether every epoch completed. */
  public boolean succeeded() {
    return status == Status.OK;
  }
}
