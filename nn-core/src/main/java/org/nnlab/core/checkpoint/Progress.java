package org.nnlab.core.checkpoint;

import java.util.List;
import java.util.Optional;
import org.nnlab.core.stats.EpochStats;

/**
 * Where a saved run stopped, besides its parameters (which the model's layers carry): what a
 * resumed run needs to go on exactly as an uninterrupted one would.
 *
 * @param epochsCompleted the epochs already trained
 * @param stepsCompleted the optimizer steps already made
 * @param history the statistics of the completed epochs
 * @param optimizerState the optimizer's arrays, {@code [parameter][array][entry]}
 * @param streamPositions each layer's random stream position, first layer first
 * @param earlyStopping the early-stopping progress, when early stopping is configured
 * @param schedule the learning-rate schedule's progress, when a schedule is configured
 */
public record Progress(
    int epochsCompleted,
    long stepsCompleted,
    List<EpochStats> history,
    double[][][] optimizerState,
    long[] streamPositions,
    Optional<EarlyStoppingProgress> earlyStopping,
    Optional<ScheduleProgress> schedule) {

  /** Creates the record, copying the history. */
  public Progress {
    history = List.copyOf(history);
  }
}
