package org.nnlab.core.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.nnlab.api.Matrix;

/**
 * Per target column, with scikit-learn's definitions: MSE = mean of (o − t)², MAE = mean of
 * |o − t|, RMSE = √MSE, and R² = 1 − SS_res / SS_tot, where SS_res = Σ (o − t)² and
 * SS_tot = Σ (t − mean t)²; R² is NaN when SS_tot is 0 (a constant target), where
 * scikit-learn's {@code force_finite} would write 1 or 0.
 *
 * <p>Measured in one pass over batches: SS_tot with Welford's running mean, so that a large
 * mean does not cancel the deviations away.
 */
public final class RegressionMetrics {
  private final List<String> targets;
  private final double[] squares;
  private final double[] absolutes;
  private final double[] mean;
  private final double[] deviations;
  private long samples;

  /**
   * Creates empty metrics.
   *
   * @param targets the target names, in output order
   */
  public RegressionMetrics(List<String> targets) {
    checkArgument(!targets.isEmpty(), "at least one target");
    this.targets = List.copyOf(targets);
    int m = targets.size();
    squares = new double[m];
    absolutes = new double[m];
    mean = new double[m];
    deviations = new double[m];
  }

  /** Adds a batch: outputs and targets of as many rows and one column per target. */
  public void add(Matrix outputs, Matrix targets) {
    int m = this.targets.size();
    checkArgument(outputs.cols() == m && targets.cols() == m, "%s targets", m);
    double[] o = outputs.data();
    double[] t = targets.data();
    for (int r = 0; r < outputs.rows(); r++) {
      samples++;
      for (int j = 0; j < m; j++) {
        double target = t[r * m + j];
        double error = o[r * m + j] - target;
        squares[j] += error * error;
        absolutes[j] += Math.abs(error);
        double before = target - mean[j];
        mean[j] += before / samples;
        deviations[j] += before * (target - mean[j]);
      }
    }
  }

  /** The target names, in output order. */
  public List<String> targets() {
    return targets;
  }

  /** The number of samples added. */
  public long samples() {
    return samples;
  }

  /** The mean squared error of target j. */
  public double mse(int j) {
    return squares[j] / samples;
  }

  /** The mean absolute error of target j. */
  public double mae(int j) {
    return absolutes[j] / samples;
  }

  /** The root of the mean squared error of target j. */
  public double rmse(int j) {
    return Math.sqrt(mse(j));
  }

  /** The coefficient of determination of target j, NaN when the target is constant. */
  public double r2(int j) {
    return deviations[j] == 0 ? Double.NaN : 1 - squares[j] / deviations[j];
  }
}
