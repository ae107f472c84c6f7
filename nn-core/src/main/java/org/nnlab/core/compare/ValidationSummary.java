package org.nnlab.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.stats.EpochStats;

/**
 * The validation results of one grid point's runs, each a mean over the runs with validation
 * data. Final is the last epoch's value; best is the lowest validation loss, and the highest
 * validation accuracy, of any epoch of the run (the two may come from different epochs). With
 * early stopping on {@code val_loss}, {@code min_delta: 0} and {@code restore_best}, the best
 * validation loss is that of the model the run keeps; a larger {@code min_delta} may keep an
 * earlier epoch.
 *
 * @param finalLoss validation loss of the last epoch
 * @param bestLoss lowest validation loss of any epoch
 * @param finalAccuracy validation accuracy of the last epoch, NaN when not classification
 * @param bestAccuracy highest validation accuracy of any epoch
 */
public record ValidationSummary(
    MeanSpread finalLoss, MeanSpread bestLoss, MeanSpread finalAccuracy,
    MeanSpread bestAccuracy) {

  /** Aggregates the successful runs of one grid point; NaN everywhere without validation. */
  static ValidationSummary of(List<RunOutcome> successful) {
    List<Double> finalLosses = new ArrayList<>();
    List<Double> bestLosses = new ArrayList<>();
    List<Double> finalAccuracies = new ArrayList<>();
    List<Double> bestAccuracies = new ArrayList<>();
    for (RunOutcome outcome : successful) {
      List<EpochStats> epochs = outcome.epochs();
      addIfFinite(finalLosses, epochs.get(epochs.size() - 1).valLoss());
      addIfFinite(bestLosses, epochs.stream().mapToDouble(EpochStats::valLoss)
          .filter(Double::isFinite).min().orElse(Double.NaN));
      addIfFinite(finalAccuracies, epochs.get(epochs.size() - 1).valAccuracy());
      addIfFinite(bestAccuracies, epochs.stream().mapToDouble(EpochStats::valAccuracy)
          .filter(Double::isFinite).max().orElse(Double.NaN));
    }
    return new ValidationSummary(MeanSpread.of(finalLosses), MeanSpread.of(bestLosses),
        MeanSpread.of(finalAccuracies), MeanSpread.of(bestAccuracies));
  }

  private static void addIfFinite(List<Double> values, double value) {
    if (Double.isFinite(value)) {
      values.add(value);
    }
  }
}
