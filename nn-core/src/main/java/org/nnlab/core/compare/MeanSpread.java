package org.nnlab.core.compare;

import java.util.List;

/**
 * A mean over a grid point's runs with its sample standard deviation.
 *
 * @param mean the mean, NaN for no values
 * @param spread the sample standard deviation, NaN for fewer than two values
 */
public record MeanSpread(double mean, double spread) {

  /** The mean and spread of {@code values}. */
  static MeanSpread of(List<Double> values) {
    return new MeanSpread(PointSummary.mean(values), PointSummary.spread(values));
  }
}
