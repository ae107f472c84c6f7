package org.nnlab.core.train;

import java.util.Locale;

/**
 * Why training ended before its last epoch: the monitored value stopped improving.
 *
 * @param epoch the epoch after which training stopped
 * @param bestEpoch the epoch with the best monitored value
 * @param monitor the monitored value's name, such as {@code val_loss}
 * @param best the best value
 * @param restoredBest whether the model was given back the best epoch's parameters
 */
public record EarlyStop(int epoch, int bestEpoch, String monitor, double best,
    boolean restoredBest) {

  /** One line for the terminal. */
  public String message() {
    return String.format(Locale.ROOT, "stopped early after epoch %d: %s has not improved since "
        + "epoch %d (best %.6g)%s", epoch, monitor, bestEpoch, best,
        restoredBest ? "; the model keeps epoch " + bestEpoch + "'s parameters" : "");
  }
}
