package org.nnlab.core.train;

import java.util.List;
import java.util.Optional;
import org.nnlab.core.stats.EpochStats;

/**
 * The outcome of training: the statistics of every completed epoch (those of a resumed run's
 * earlier epochs included) and, when training did not run to its last epoch, why.
 *
 * @param epochs one entry per completed epoch, in order
 * @param divergence where training diverged, if it did
 * @param pluginFailure where a plugin failed, if one did
 * @param interrupted whether training was asked to stop (Ctrl-C) before its last epoch
 * @param stoppedEarly why early stopping ended training, if it did
 */
public record TrainingResult(
    List<EpochStats> epochs, Optional<Divergence> divergence,
    Optional<PluginFailure> pluginFailure, boolean interrupted,
    Optional<EarlyStop> stoppedEarly) {

  /** Creates the record, copying the list. */
  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /** Tells whether training ended as planned: every epoch or stopped early, finite values. */
  public boolean succeeded() {
    return divergence.isEmpty() && pluginFailure.isEmpty() && !interrupted;
  }

  /** Why training failed, in one line for the user: the divergence or plugin failure. */
  public Optional<String> failure() {
    return divergence.map(Divergence::message).or(() -> pluginFailure.map(PluginFailure::message));
  }

  /** The last completed epoch, if any. */
  public Optional<EpochStats> lastEpoch() {
    return epochs.isEmpty() ? Optional.empty() : Optional.of(epochs.get(epochs.size() - 1));
  }
}
