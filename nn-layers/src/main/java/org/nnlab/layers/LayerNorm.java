package org.nnlab.layers;

import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;

/**
 * Layer normalisation over the features of each sample, as {@code torch.nn.LayerNorm(features)}.
 *
 * <p>For each row of d features: μ = mean of x, σ² = Σ (x − μ)² / d, x̂ = (x − μ) / √(σ² + ε),
 * z = γ x̂ + β, the same in training and evaluation. Backward, for G = dL/dz: dγ = Σ G x̂ and
 * dβ = Σ G over the rows, and per row, with D = G γ, dL/dx = (D − mean(D) − x̂ mean(D x̂)) /
 * √(σ² + ε), means over the row's features.
 */
final class LayerNorm implements Layer {
  private final int features;
  private final double eps;
  private final Parameter gamma;
  private final Parameter beta;
  private final List<Parameter> parameters;
  private final double[] normalized;
  private final double[] inverseStd;

  LayerNorm(int features, double eps, int maxRows) {
    this.features = features;
    this.eps = eps;
    this.gamma = new Parameter("gamma", ParameterRole.SCALES, 1, features);
    this.beta = new Parameter("beta", ParameterRole.BIASES, 1, features);
    this.parameters = List.of(gamma, beta);
    this.normalized = new double[Math.multiplyExact(maxRows, features)];
    this.inverseStd = new double[maxRows];
  }

  Parameter gamma() {
    return gamma;
  }

  Parameter beta() {
    return beta;
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
  public void forward(Matrix input, Matrix output, Mode mode) {
    int rows = input.rows();
    double[] x = input.data();
    double[] z = output.data();
    double[] g = gamma.values();
    double[] b = beta.values();
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      double sum = 0;
      for (int j = 0; j < features; j++) {
        sum += x[row + j];
      }
      double mean = sum / features;
      double squares = 0;
      for (int j = 0; j < features; j++) {
        double d = x[row + j] - mean;
        squares += d * d;
      }
      double inverse = 1.0 / Math.sqrt(squares / features + eps);
      inverseStd[r] = inverse;
      for (int j = 0; j < features; j++) {
        double xhat = (x[row + j] - mean) * inverse;
        normalized[row + j] = xhat;
        z[row + j] = g[j] * xhat + b[j];
      }
    }
  }

  @Override
  public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
    int rows = input.rows();
    double[] g = outputGradient.data();
    double[] dGamma = gamma.gradients();
    double[] dBeta = beta.gradients();
    double[] gam = gamma.values();
    double[] dx = inputGradient == null ? null : inputGradient.data();
    for (int j = 0; j < features; j++) {
      dGamma[j] = 0;
      dBeta[j] = 0;
    }
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      double sumD = 0;
      double sumDx = 0;
      for (int j = 0; j < features; j++) {
        double gradient = g[row + j];
        double xhat = normalized[row + j];
        dGamma[j] += gradient * xhat;
        dBeta[j] += gradient;
        double d = gradient * gam[j];
        sumD += d;
        sumDx += d * xhat;
      }
      if (dx == null) {
        continue;
      }
      double meanD = sumD / features;
      double meanDx = sumDx / features;
      double inverse = inverseStd[r];
      for (int j = 0; j < features; j++) {
        double d = g[row + j] * gam[j];
        dx[row + j] = (d - meanD - normalized[row + j] * meanDx) * inverse;
      }
    }
  }

  @Override
  public String toString() {
    return "layer_norm(" + features + ")";
  }
}
