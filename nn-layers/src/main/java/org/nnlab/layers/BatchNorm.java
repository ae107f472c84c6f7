package org.nnlab.layers;

import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;

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
 *
 * <p>In {@link Precision#FLOAT32} γ, β, the batches and the kept x̂ are floats: each entry is
 * computed in double from the floats and rounded once when stored, and μ, σ², dγ and dβ are
 * accumulated in double. The running statistics are doubles in both precisions, and a float
 * batch moves them exactly as the same values in doubles would.
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
  // x̂ of the last training batch, in the layer's precision (the other array is null).
  private final double[] normalized;
  private final float[] normalizedFloats;
  private final double[] mean;
  private final double[] inverseStd;
  private final double[] sumD;
  private final double[] sumDx;
  private final int maxRows;

  BatchNorm(int features, double momentum, double eps, int maxRows, Precision precision) {
    this.features = features;
    this.maxRows = maxRows;
    this.momentum = momentum;
    this.eps = eps;
    this.gamma = new Parameter("gamma", ParameterRole.SCALES, 1, features, precision);
    this.beta = new Parameter("beta", ParameterRole.BIASES, 1, features, precision);
    this.runningMean = new Buffer("running_mean", 1, features);
    this.runningVar = new Buffer("running_var", 1, features);
    this.parameters = List.of(gamma, beta);
    this.buffers = List.of(runningMean, runningVar);
    int size = Math.multiplyExact(maxRows, features);
    boolean floats = precision == Precision.FLOAT32;
    this.normalized = floats ? null : new double[size];
    this.normalizedFloats = floats ? new float[size] : null;
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
  public boolean supports(Precision precision) {
    return true;
  }

  @Override
  public void forward(Matrix input, Matrix output, Mode mode) {
    int rows = input.rows();
    if (mode == Mode.TRAINING && maxRows == 1) {
      throw new IllegalStateException("batch_norm normalises each feature over the batch, and "
          + "batches of one row leave nothing to normalise (every output is beta, no gradient "
          + "passes); train with training.batch_size of 2 or more, or use layer_norm");
    }
    boolean floats = Batches.floats(input, gamma, this);
    if (mode == Mode.TRAINING) {
      if (floats) {
        batchSums(input.floats(), rows);
      } else {
        batchSums(input.data(), rows);
      }
      batchStatistics(rows);
    } else {
      runningStatistics();
    }
    if (floats) {
      normalize(input.floats(), output.floats(), rows);
    } else {
      normalize(input.data(), output.data(), rows);
    }
  }

  private void normalize(double[] x, double[] z, int rows) {
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

  private void normalize(float[] x, float[] z, int rows) {
    float[] g = gamma.floatValues();
    float[] b = beta.floatValues();
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double xhat = (x[row + j] - mean[j]) * inverseStd[j];
        normalizedFloats[row + j] = (float) xhat;
        z[row + j] = (float) (g[j] * xhat + b[j]);
      }
    }
  }

  // μ into mean and Σ (x − μ)² into inverseStd, two passes for accuracy.
  private void batchSums(double[] x, int rows) {
    Arrays.fill(mean, 0, features, 0.0);
    Arrays.fill(inverseStd, 0, features, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        mean[j] += x[row + j];
      }
    }
    divideMeans(rows);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double d = x[row + j] - mean[j];
        inverseStd[j] += d * d;
      }
    }
  }

  private void batchSums(float[] x, int rows) {
    Arrays.fill(mean, 0, features, 0.0);
    Arrays.fill(inverseStd, 0, features, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        mean[j] += x[row + j];
      }
    }
    divideMeans(rows);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double d = x[row + j] - mean[j];
        inverseStd[j] += d * d;
      }
    }
  }

  private void divideMeans(int rows) {
    for (int j = 0; j < features; j++) {
      mean[j] /= rows;
    }
  }

  // After batchSums: the running statistics move, and inverseStd becomes 1/√(σ² + ε).
  private void batchStatistics(int rows) {
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
    if (Batches.floats(outputGradient, gamma, this)) {
      backward(outputGradient.floats(), inputGradient == null ? null : inputGradient.floats(),
          rows);
    } else {
      backward(outputGradient.data(), inputGradient == null ? null : inputGradient.data(), rows);
    }
  }

  private void backward(double[] g, double[] dx, int rows) {
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
    if (dx == null) {
      return;
    }
    // With D = G γ: Σ D = γ dβ and Σ D x̂ = γ dγ.
    double[] gam = gamma.values();
    for (int j = 0; j < features; j++) {
      sumD[j] = gam[j] * dBeta[j] / rows;
      sumDx[j] = gam[j] * dGamma[j] / rows;
    }
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double d = g[row + j] * gam[j];
        dx[row + j] = (d - sumD[j] - normalized[row + j] * sumDx[j]) * inverseStd[j];
      }
    }
  }

  // As above, with dβ and dγ accumulated in double (in sumD and sumDx) and rounded once.
  private void backward(float[] g, float[] dx, int rows) {
    Arrays.fill(sumD, 0.0);
    Arrays.fill(sumDx, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        sumDx[j] += g[row + j] * (double) normalizedFloats[row + j];
        sumD[j] += g[row + j];
      }
    }
    float[] dGamma = gamma.floatGradients();
    float[] dBeta = beta.floatGradients();
    for (int j = 0; j < features; j++) {
      dGamma[j] = (float) sumDx[j];
      dBeta[j] = (float) sumD[j];
    }
    if (dx == null) {
      return;
    }
    float[] gam = gamma.floatValues();
    for (int j = 0; j < features; j++) {
      sumD[j] = gam[j] * sumD[j] / rows;
      sumDx[j] = gam[j] * sumDx[j] / rows;
    }
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      for (int j = 0; j < features; j++) {
        double d = g[row + j] * (double) gam[j];
        dx[row + j] =
            (float) ((d - sumD[j] - normalizedFloats[row + j] * sumDx[j]) * inverseStd[j]);
      }
    }
  }

  @Override
  public String toString() {
    return "batch_norm(" + features + ")";
  }
}
