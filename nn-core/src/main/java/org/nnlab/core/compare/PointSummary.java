package org.nnlab.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.GradientVerdict;

/**
 * The runs of one grid point, aggregated over their seeds. Only runs that completed every epoch
 * count; the others are counted as failures.
 *
 * <p>Losses and accuracies are means with their sample standard deviation (NaN for one run).
 * Gradient norms are those of the first epoch, averaged over runs, of the first and the last
 * layer with weights (as {@link GradientVerdict} compares them). The ratio is the geometric mean
 * of the runs' first-epoch ratios first-layer / last-layer, because ratios spread over orders of
 * magnitude; the verdict applies {@link GradientVerdict}'s thresholds to it.
 *
 * @param point the grid point
 * @param runs how many runs the point has
 * @param succeeded how many of them completed every epoch
 * @param finalLoss mean final-epoch loss
 * @param finalLossSpread standard deviation of the final-epoch loss
 * @param finalAccuracy mean final-epoch accuracy, NaN when not classification
 * @param finalAccuracySpread standard deviation of the final-epoch accuracy
 * @param firstLayerGradient mean first-epoch gradient norm of the first layer with weights
 * @param lastLayerGradient mean first-epoch gradient norm of the last layer with weights
 * @param ratio geometric mean of first-epoch first/last ratios
 * @param verdict the verdict on {@code ratio}, or {@code failed} when no run succeeded
 * @param validation the validation results, NaN when the runs have no validation data
 */
public record PointSummary(
    GridPoint point,
    int runs,
    int succeeded,
    double finalLoss,
    double finalLossSpread,
    double finalAccuracy,
    double finalAccuracySpread,
    double firstLayerGradient,
    double lastLayerGradient,
    double ratio,
    String verdict,
    ValidationSummary validation) {

  /**
   * Aggregates the runs of one grid point.
   *
   * @param point the grid point
   * @param mine every outcome of that point's runs
   * @return the summary
   */
  public static PointSummary of(GridPoint point, List<RunOutcome> mine) {
    List<Double> losses = new ArrayList<>();
    List<Double> accuracies = new ArrayList<>();
    List<Double> firsts = new ArrayList<>();
    List<Double> lasts = new ArrayList<>();
    List<Double> logRatios = new ArrayList<>();
    int layers = 0;
    List<RunOutcome> successful = Comparison.successful(mine);
    for (RunOutcome outcome : successful) {
      EpochStats last = outcome.epochs().get(outcome.epochs().size() - 1);
      EpochStats first = outcome.epochs().get(0);
      losses.add(last.loss());
      accuracies.add(last.accuracy());
      GradientVerdict verdict = GradientVerdict.of(first);
      if (verdict.firstLayer() > 0) {
        firsts.add(first.gradNorms().get(verdict.firstLayer() - 1));
        lasts.add(first.gradNorms().get(verdict.lastLayer() - 1));
      }
      logRatios.add(Math.log(verdict.ratio()));
      layers = GradientVerdict.weightedLayers(first.gradNorms()).size();
    }
    double ratio = Math.exp(mean(logRatios));
    String verdict = losses.isEmpty() ? "failed"
        : GradientVerdict.kindOf(ratio, layers).word();
    return new PointSummary(point, mine.size(), losses.size(), mean(losses), spread(losses),
        mean(accuracies), spread(accuracies), mean(firsts), mean(lasts), ratio, verdict,
        ValidationSummary.of(successful));
  }

  static double mean(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }

  static double spread(List<Double> values) {
    if (values.size() < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return Math.sqrt(squares / (values.size() - 1));
  }
}
