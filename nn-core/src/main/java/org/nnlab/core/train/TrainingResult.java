package org.nnlab.core.train;

import java.util.List;
import java.util.Optional;
import org.nnlab.core.stats.EpochStats;

/**
 * The outcome of training: the statistics of every completed epoch and, when training stopped
 * on a value that is not finite, where.
 *
 * @param epochs one entry per completed epoch, in order
 * @param divergence where training diverged, if it did
 * @param interrupted whether training was asked to stop before its last epoch
 */
public record TrainingResult(
    List<EpochStats> epochs, Optional<Divergence> divergence, boolean interrupted) {

  /** Creates the record, copying the list. */
  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /** Tells whether every requested epoch completed with finite values. */
  public boolean succeeded() {
    return divergence.isEmpty() && !interrupted;
  }
}
