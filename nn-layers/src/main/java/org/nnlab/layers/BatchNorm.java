package org.nnlab.layers;

import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;

/**
 * Batch normalisation over the samples of a batch, feature by feature, as {@code
 * torch.nn.BatchNorm1d}.
 *
 * <p>Training, for a batch of n rows: μ = mean of x, σ² = biased variance (Σ (x − μ)² / n),
 * x̂ = (x − μ) / √(σ² + ε), z = γ x̂ + β; then running_mean ← (1 − m) running_mean + m μ and
 * running_var ← (1 − m) running_var + m σ² n / (n − 1) (the unbiased variance). A batch of one
 * row has no unbiased variance: it leaves the running statistics alone (PyTorch refuses it). A
 * run whose every training batch has one row is refused: each output would be β, no gradient
 * would pass, and nothing would be learned. Evaluation: z = γ (x − running_mean) / √(running_var + ε) + β.
 *
 * <p>Backward, for G = dL/dz: dγ = Σ G x̂, dβ = Σ G, and with D = G γ,
 * dL/dx = (D − mean(D) − x̂ mean(D x̂)) / √(σ² + ε), all sums and means over the rows.
 */
final class BatchNorm implements Layer {
  private final int features;
  private final double momentum;
  private final double eps;
  private final Parameter gamma;
  private final Parameter beta;
  private final Buffer runningMean;
  private final Buffer runningVar;
  private final List<Parameter> parameters;
  private final List<Buffer> buffers;
  private final double[] normalized;
  private final double[] mean;
  private final double[] inverseStd;
  private final double[] sumD;
  private final double[] sumDx;
  private final int maxRows;

  BatchNorm(int features, double momentum, double eps, int maxRows) {
    this.features = features;
    this.maxRows = maxRows;
    this.momentum = momentum;
    this.eps = eps;
    this.gamma = new Parameter("gamma", ParameterRole.SCALES, 1, features);
    this.beta = new Parameter("beta", ParameterRole.BIASES, 1, features);
    this.runningMean = new Buffer("running_mean", 1, features);
    this.runningVar = new Buffer("running_var", 1, features);
    this.parameters = List.of(gamma, beta);
    this.buffers = List.of(runningMean, runningVar);
    this.normalized = new double[Math.multiplyExact(maxRows, features)];
    this.mean = new double[features];
    this.inverseStd = new double[features];
    this.sumD = new double[features];
    this.sumDx = new double[features];
  }

  Parameter gamma() {
    return gamma;
  }

  Parameter beta() {
    return beta;
  }

  Buffer runningMean() {
    return runningMean;
  }

  Buffer runningVar() {
    return runningVar;
  }

  @Override
  public int inputSize() {
    return features;
  }

  @Override
  public int outputSize() {
    return features;
  }

  @Override
  public List<Parameter> parameters() {
    return parameters;
  }

  @Override
  public List<Buffer> buffers() {
    return buffers;
  }

  @Override
  public void forward(Matrix input, Matrix output, Mode mode) {
    int rows = input.rows();
    if (mode == Mode.TRAINING && maxRows == 1) {
      throw new IllegalStateException("batch_norm normalises each feature over the batch, and "
          + "batches of one row leave nothing to normalise (every output is beta, no gradient "
          + "passes); train with training.batch_size of 2 or more, or use layer_norm");
    }
    if (mode == Mode.TRAINING) {
      batchStatistics(input.data(), rows);
    } else {
      runningStatistics();
    }
    double[] x = input.data();
    double[] z = output.data();
    double[] g = gamma.values();
    double[] b = beta.values();
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double xhat = (x[row + j] - mean[j]) * inverseStd[j];
        normalized[row + j] = xhat;
        z[row + j] = g[j] * xhat + b[j];
      }
    }
  }

  // μ and 1/√(σ² + ε) of the batch, two passes for accuracy; then the running statistics.
  private void batchStatistics(double[] x, int rows) {
    Arrays.fill(mean, 0, features, 0.0);
    Arrays.fill(inverseStd, 0, features, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        mean[j] += x[row + j];
      }
    }
    for (int j = 0; j < features; j++) {
      mean[j] /= rows;
    }
    // inverseStd holds Σ (x − μ)² until the end.
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double d = x[row + j] - mean[j];
        inverseStd[j] += d * d;
      }
    }
    double[] rm = runningMean.values();
    double[] rv = runningVar.values();
    for (int j = 0; j < features; j++) {
      double squares = inverseStd[j];
      if (rows > 1) {
        rm[j] = (1 - momentum) * rm[j] + momentum * mean[j];
        rv[j] = (1 - momentum) * rv[j] + momentum * (squares / (rows - 1));
      }
      inverseStd[j] = 1.0 / Math.sqrt(squares / rows + eps);
    }
  }

  private void runningStatistics() {
    double[] rm = runningMean.values();
    double[] rv = runningVar.values();
    for (int j = 0; j < features; j++) {
      mean[j] = rm[j];
      inverseStd[j] = 1.0 / Math.sqrt(rv[j] + eps);
    }
  }

  @Override
  public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
    int rows = input.rows();
    double[] g = outputGradient.data();
    double[] dGamma = gamma.gradients();
    double[] dBeta = beta.gradients();
    Arrays.fill(dGamma, 0.0);
    Arrays.fill(dBeta, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        dGamma[j] += g[row + j] * normalized[row + j];
        dBeta[j] += g[row + j];
      }
    }
    if (inputGradient == null) {
      return;
    }
    // With D = G γ: Σ D = γ dβ and Σ D x̂ = γ dγ.
    double[] gam = gamma.values();
    for (int j = 0; j < features; j++) {
      sumD[j] = gam[j] * dBeta[j] / rows;
      sumDx[j] = gam[j] * dGamma[j] / rows;
    }
    double[] dx = inputGradient.data();
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double d = g[row + j] * gam[j];
        dx[row + j] = (d - sumD[j] - normalized[row + j] * sumDx[j]) * inverseStd[j];
      }
    }
  }

  @Override
  public String toString() {
    return "batch_norm(" + features + ")";
  }
}
