package org.nnlab.core.train;

import java.util.List;
import java.util.Optional;
import org.nnlab.core.stats.EpochStats;

/**
 * The outcome of training: the statistics of every completed epoch and, when training stopped
 * on a value that is not finite or on a plugin that failed, where.
 *
 * @param epochs one entry per completed epoch, in order
 * @param divergence where training diverged, if it did
 * @param pluginFailure where a plugin failed, if one did
 * @param interrupted whether training was asked to stop before its last epoch
 */
public record TrainingResult(
    List<EpochStats> epochs, Optional<Divergence> divergence,
    Optional<PluginFailure> pluginFailure, boolean interrupted) {

  /** Creates the record, copying the list. */
  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /** The outcome of training that no plugin failed. */
  public TrainingResult(
      List<EpochStats> epochs, Optional<Divergence> divergence, boolean interrupted) {
    this(epochs, divergence, Optional.empty(), interrupted);
  }

  /** Tells whether every requested epoch completed with finite values. */
  public boolean succeeded() {
    return divergence.isEmpty() && pluginFailure.isEmpty() && !interrupted;
  }

  /** Why training stopped early, in one line for the user: the divergence or plugin failure. */
  public Optional<String> failure() {
    return divergence.map(Divergence::message).or(() -> pluginFailure.map(PluginFailure::message));
  }
}
