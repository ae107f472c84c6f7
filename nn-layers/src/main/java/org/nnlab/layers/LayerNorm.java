package org.nnlab.layers;

import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;

/**
 * Layer normalisation over the features of each sample, as {@code torch.nn.LayerNorm(features)}.
 *
 * <p>For each row of d features: μ = mean of x, σ² = Σ (x − μ)² / d, x̂ = (x − μ) / √(σ² + ε),
 * z = γ x̂ + β, the same in training and evaluation. Backward, for G = dL/dz: dγ = Σ G x̂ and
 * dβ = Σ G over the rows, and per row, with D = G γ, dL/dx = (D − mean(D) − x̂ mean(D x̂)) /
 * √(σ² + ε), means over the row's features.
 *
 * <p>In {@link Precision#FLOAT32} (γ, β, the batches and the kept x̂ are floats) each entry is
 * computed in double from the floats and rounded once when stored; μ, σ², the row sums of
 * backward and dγ, dβ are accumulated in double.
 */
final class LayerNorm implements Layer {
  private final int features;
  private final double eps;
  private final Parameter gamma;
  private final Parameter beta;
  private final List<Parameter> parameters;
  // x̂ of the last training batch, in the layer's precision (the other array is null).
  private final double[] normalized;
  private final float[] normalizedFloats;
  private final double[] inverseStd;
  // float32 only: dγ and dβ accumulated in double before they are rounded into the gradients.
  private final double[] gammaSums;
  private final double[] betaSums;

  LayerNorm(int features, double eps, int maxRows, Precision precision) {
    this.features = features;
    this.eps = eps;
    this.gamma = new Parameter("gamma", ParameterRole.SCALES, 1, features, precision);
    this.beta = new Parameter("beta", ParameterRole.BIASES, 1, features, precision);
    this.parameters = List.of(gamma, beta);
    boolean floats = precision == Precision.FLOAT32;
    int size = Math.multiplyExact(maxRows, features);
    this.normalized = floats ? null : new double[size];
    this.normalizedFloats = floats ? new float[size] : null;
    this.inverseStd = new double[maxRows];
    this.gammaSums = floats ? new double[features] : null;
    this.betaSums = floats ? new double[features] : null;
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
  public boolean supports(Precision precision) {
    return true;
  }

  @Override
  public void forward(Matrix input, Matrix output, Mode mode) {
    if (Batches.floats(input, gamma, this)) {
      forward(input.floats(), output.floats(), input.rows());
    } else {
      forward(input.data(), output.data(), input.rows());
    }
  }

  private void forward(double[] x, double[] z, int rows) {
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

  private void forward(float[] x, float[] z, int rows) {
    float[] g = gamma.floatValues();
    float[] b = beta.floatValues();
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
        normalizedFloats[row + j] = (float) xhat;
        z[row + j] = (float) (g[j] * xhat + b[j]);
      }
    }
  }

  @Override
  public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
    if (Batches.floats(outputGradient, gamma, this)) {
      backward(outputGradient.floats(), inputGradient == null ? null : inputGradient.floats(),
          input.rows());
    } else {
      backward(outputGradient.data(), inputGradient == null ? null : inputGradient.data(),
          input.rows());
    }
  }

  private void backward(double[] g, double[] dx, int rows) {
    double[] dGamma = gamma.gradients();
    double[] dBeta = beta.gradients();
    double[] gam = gamma.values();
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

  private void backward(float[] g, float[] dx, int rows) {
    float[] gam = gamma.floatValues();
    Arrays.fill(gammaSums, 0.0);
    Arrays.fill(betaSums, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * features;
      double sumD = 0;
      double sumDx = 0;
      for (int j = 0; j < features; j++) {
        double gradient = g[row + j];
        double xhat = normalizedFloats[row + j];
        gammaSums[j] += gradient * xhat;
        betaSums[j] += gradient;
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
        double d = g[row + j] * (double) gam[j];
        dx[row + j] = (float) ((d - meanD - normalizedFloats[row + j] * meanDx) * inverse);
      }
    }
    float[] dGamma = gamma.floatGradients();
    float[] dBeta = beta.floatGradients();
    for (int j = 0; j < features; j++) {
      dGamma[j] = (float) gammaSums[j];
      dBeta[j] = (float) betaSums[j];
    }
  }

  @Override
  public String toString() {
    return "layer_norm(" + features + ")";
  }
}
