package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;

class RegressionMetricsTest {
  private static final double EXACT = 1e-15;

  // Targets 1, 2, 3, 6 (mean 3, SS_tot 4 + 1 + 0 + 9 = 14), outputs 2, 2, 1, 6: errors 1, 0,
  // -2, 0, SS_res 5. Hand-computed: MSE 5/4, MAE 3/4, RMSE sqrt(5)/2, R^2 1 - 5/14 = 9/14.
  private static RegressionMetrics fourSamples() {
    RegressionMetrics metrics = new RegressionMetrics(List.of("y"));
    metrics.add(Matrix.of(new double[][] {{2}, {2}, {1}, {6}}),
        Matrix.of(new double[][] {{1}, {2}, {3}, {6}}));
    return metrics;
  }

  @Test
  void meanSquaredErrorAveragesTheSquaredErrors() {
    assertEquals(1.25, fourSamples().mse(0), EXACT);
  }

  @Test
  void meanAbsoluteErrorAveragesTheAbsoluteErrors() {
    assertEquals(0.75, fourSamples().mae(0), EXACT);
  }

  @Test
  void rootMeanSquaredErrorIsTheRootOfTheMeanSquaredError() {
    assertEquals(Math.sqrt(5) / 2, fourSamples().rmse(0), EXACT);
  }

  @Test
  void rSquaredIsOneMinusResidualOverTotalSumOfSquares() {
    assertEquals(9.0 / 14, fourSamples().r2(0), EXACT);
  }

  @Test
  void rSquaredOfAConstantTargetIsNaN() {
    RegressionMetrics metrics = new RegressionMetrics(List.of("y"));
    metrics.add(Matrix.of(new double[][] {{1}, {2}}), Matrix.of(new double[][] {{5}, {5}}));
    assertEquals(Double.NaN, metrics.r2(0));
  }

  @Test
  void batchesGiveWhatOneBatchGives() {
    RegressionMetrics metrics = new RegressionMetrics(List.of("y"));
    metrics.add(Matrix.of(new double[][] {{2}, {2}, {1}}), Matrix.of(new double[][] {{1}, {2}, {3}}));
    metrics.add(Matrix.of(new double[][] {{6}}), Matrix.of(new double[][] {{6}}));
    RegressionMetrics whole = fourSamples();
    assertArrayEquals(new double[] {whole.mse(0), whole.mae(0), whole.r2(0)},
        new double[] {metrics.mse(0), metrics.mae(0), metrics.r2(0)}, EXACT);
  }

  @Test
  void eachTargetIsMeasuredOnItsOwnColumn() {
    RegressionMetrics metrics = new RegressionMetrics(List.of("u", "v"));
    metrics.add(Matrix.of(new double[][] {{1, 10}, {2, 30}}),
        Matrix.of(new double[][] {{1, 20}, {2, 20}}));
    assertArrayEquals(new double[] {0, 100}, new double[] {metrics.mse(0), metrics.mse(1)});
  }

  @Test
  void aLargeMeanDoesNotCancelTheDeviations() {
    RegressionMetrics metrics = new RegressionMetrics(List.of("y"));
    // Targets 1e9 + 1, 1e9 + 2, 1e9 + 3: SS_tot 2; outputs off by 1, 0, 1: SS_res 2, R^2 0.
    metrics.add(Matrix.of(new double[][] {{1e9 + 2}, {1e9 + 2}, {1e9 + 2}}),
        Matrix.of(new double[][] {{1e9 + 1}, {1e9 + 2}, {1e9 + 3}}));
    assertEquals(0.0, metrics.r2(0), EXACT);
  }
}
