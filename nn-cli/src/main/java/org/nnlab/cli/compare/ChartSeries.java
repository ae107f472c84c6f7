package org.nnlab.cli.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.GridPoint;
import org.nnlab.core.compare.RunOutcome;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.GradientVerdict;

/**
 * The data of the charts: one series per grid point, the mean over its successful runs with the
 * lowest and highest run as the interval.
 */
final class ChartSeries {
  private ChartSeries() {}

  /**
   * x the layer among those with weights (normalisation and dropout layers, which have none, are
   * not counted, so that networks with and without them line up), y the first epoch's gradient
   * norm.
   */
  static YIntervalSeriesCollection gradientFlow(Comparison comparison) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (GridPoint point : comparison.grid().points()) {
      List<List<Double>> runs = new ArrayList<>();
      for (RunOutcome outcome : successful(comparison, point)) {
        runs.add(weighted(outcome.epochs().get(0).gradNorms()));
      }
      data.addSeries(series(point.label(), runs, true));
    }
    return data;
  }

  /** x epoch, y one statistic of the epoch. */
  static YIntervalSeriesCollection overEpochs(
      Comparison comparison, Function<EpochStats, Double> statistic, boolean logScale) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    addOverEpochs(data, comparison, statistic, logScale, "");
    return data;
  }

  /**
   * x epoch, y a statistic of the training data, one series per grid point labelled {@code
   * POINT: train}, then the same statistic of the validation data, labelled {@code POINT:
   * validation}: series {@code points + i} belongs to point {@code i}.
   */
  static YIntervalSeriesCollection trainAndValidation(Comparison comparison,
      Function<EpochStats, Double> train, Function<EpochStats, Double> validation) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    addOverEpochs(data, comparison, train, false, ": train");
    addOverEpochs(data, comparison, validation, false, ": validation");
    return data;
  }

  private static void addOverEpochs(YIntervalSeriesCollection data, Comparison comparison,
      Function<EpochStats, Double> statistic, boolean logScale, String suffix) {
    for (GridPoint point : comparison.grid().points()) {
      List<List<Double>> runs = new ArrayList<>();
      for (RunOutcome outcome : successful(comparison, point)) {
        List<Double> values = new ArrayList<>();
        outcome.epochs().forEach(stats -> values.add(statistic.apply(stats)));
        runs.add(values);
      }
      data.addSeries(series(point.label() + suffix, runs, logScale));
    }
  }

  /** The gradient norms of the layers with weights; the others have none (NaN). */
  static List<Double> weighted(List<Double> gradNorms) {
    return GradientVerdict.weightedLayers(gradNorms).stream().map(gradNorms::get).toList();
  }

  /** The gradient norm of the first layer with weights, NaN when the epoch has none. */
  static double firstWeighted(EpochStats stats) {
    List<Double> norms = weighted(stats.gradNorms());
    return norms.isEmpty() ? Double.NaN : norms.get(0);
  }

  private static List<RunOutcome> successful(Comparison comparison, GridPoint point) {
    return Comparison.successful(comparison.outcomesOf(point));
  }

  // x runs from 1. The line is the mean over seeds, as in the table. A log axis cannot show
  // zero: a zero mean leaves a gap, and a band reaching zero is cut at the line.
  private static YIntervalSeries series(String label, List<List<Double>> runs, boolean logScale) {
    YIntervalSeries series = new YIntervalSeries(label);
    int length = runs.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < length; i++) {
      double sum = 0;
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      int count = 0;
      for (List<Double> run : runs) {
        if (i < run.size() && Double.isFinite(run.get(i))) {
          double value = run.get(i);
          sum += value;
          low = Math.min(low, value);
          high = Math.max(high, value);
          count++;
        }
      }
      double mean = count == 0 ? Double.NaN : sum / count;
      if (count > 0 && (!logScale || mean > 0)) {
        series.add(i + 1, mean, logScale && low <= 0 ? mean : low, high);
      }
    }
    return series;
  }
}
