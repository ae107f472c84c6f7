package org.nnlab.core.train;

import java.util.Optional;

/** Lets a listener end training after the current epoch, saying why. */
public final class TrainingControl {
  private EarlyStop stop;

  /**
   * Ends training after this epoch.
   *
   * @param reason why, for the terminal and the report
   */
  public void stop(EarlyStop reason) {
    if (stop == null) {
      stop = reason;
    }
  }

  /** Why training was asked to stop, if it was. */
  public Optional<EarlyStop> stopRequested() {
    return Optional.ofNullable(stop);
  }
}
