package org.nnlab.core.train;

import java.util.Arrays;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.model.ParameterCopy;

/**
 * Sums one layer's statistics over the batches of an epoch. A norm of parameters the layer does
 * not have (a layer without weights or without biases) is NaN: it does not apply, and 0 would
 * read as a vanishing gradient.
 *
 * <p>A unit is alive once its f'(z) was not 0 for some sample of the epoch: one flag per unit,
 * set batch by batch, so that the share of dead units costs no allocation.
 */
final class LayerAccumulator {
  private final NetworkLayer layer;
  private final MatrixKernels kernels;
  private final boolean hasWeights;
  private final boolean hasBiases;
  private final boolean[] alive;
  private final int parameterCount;
  private double gradNormSum;
  private double biasGradNormSum;
  private double updateRatioSum;
  private int updateRatioCount;
  private double derivativeSum;
  private long saturated;
  private long derivativeCount;
  private int batches;

  LayerAccumulator(NetworkLayer layer, MatrixKernels kernels) {
    this.layer = layer;
    this.kernels = kernels;
    this.hasWeights = has(layer, ParameterRole.WEIGHTS);
    this.hasBiases = has(layer, ParameterRole.BIASES);
    this.alive = new boolean[layer.description().units()];
    this.parameterCount = layer.layer().parameters().size();
  }

  private static boolean has(NetworkLayer layer, ParameterRole role) {
    return layer.layer().parameters().stream().anyMatch(p -> p.role() == role);
  }

  void reset() {
    gradNormSum = 0;
    biasGradNormSum = 0;
    updateRatioSum = 0;
    updateRatioCount = 0;
    derivativeSum = 0;
    saturated = 0;
    derivativeCount = 0;
    batches = 0;
    Arrays.fill(alive, false);
  }

  /** Records the gradients of one batch, whose parameters start at {@code first}. */
  void recordGradients(Batch batch, int first) {
    double weightSquares = 0;
    double biasSquares = 0;
    for (int p = first, end = first + parameterCount; p < end; p++) {
      double squares = batch.gradientSquares(p);
      // A normalisation layer's scales (gamma) are neither: they do not multiply the input.
      if (batch.isWeights(p)) {
        weightSquares += squares;
      } else if (batch.isBiases(p)) {
        biasSquares += squares;
      }
    }
    gradNormSum += Math.sqrt(weightSquares);
    biasGradNormSum += Math.sqrt(biasSquares);
    batches++;
    Matrix derivatives = layer.activationDerivative();
    int count = derivatives.size();
    double threshold = layer.profile().saturationThreshold();
    // Saturation is about how much gradient passes, whatever its sign: swish has f' < 0 for z < 0.
    if (derivatives.precision() == Precision.FLOAT64) {
      double[] derivative = derivatives.data();
      derivativeSum += kernels.sum(derivative, count);
      saturated += kernels.countBelowInMagnitude(derivative, count, threshold);
      markAlive(derivative, count);
    } else {
      float[] derivative = derivatives.floats();
      derivativeSum += kernels.sum(derivative, count);
      saturated += kernels.countBelowInMagnitude(derivative, count, threshold);
      markAlive(derivative, count);
    }
    derivativeCount += count;
  }

  // Row-major rows x units: entry i belongs to unit i % units. Branch-free: whether f' is 0 is
  // as good as random for a ReLU layer, and a branch on it would be mispredicted half the time.
  private void markAlive(double[] derivative, int count) {
    int units = alive.length;
    for (int row = 0; row < count; row += units) {
      for (int unit = 0; unit < units; unit++) {
        alive[unit] |= derivative[row + unit] != 0;
      }
    }
  }

  private void markAlive(float[] derivative, int count) {
    int units = alive.length;
    for (int row = 0; row < count; row += units) {
      for (int unit = 0; unit < units; unit++) {
        alive[unit] |= derivative[row + unit] != 0;
      }
    }
  }

  /** Records one step of the layer's weights, whose parameters start at {@code first}. */
  void recordUpdate(Batch batch, int first) {
    double changeSquares = 0;
    double weightSquares = 0;
    for (int p = first, end = first + parameterCount; p < end; p++) {
      if (batch.isWeights(p)) {
        changeSquares += batch.squaredChange(p);
        weightSquares += batch.valueSquaresBefore(p);
      }
    }
    if (weightSquares > 0) {
      updateRatioSum += Math.sqrt(changeSquares / weightSquares);
      updateRatioCount++;
    }
  }

  double gradNorm() {
    return batches == 0 || !hasWeights ? Double.NaN : gradNormSum / batches;
  }

  double biasGradNorm() {
    return batches == 0 || !hasBiases ? Double.NaN : biasGradNormSum / batches;
  }

  double updateRatio() {
    return updateRatioCount == 0 ? Double.NaN : updateRatioSum / updateRatioCount;
  }

  double activationGradMean() {
    return derivativeCount == 0 ? Double.NaN : derivativeSum / derivativeCount;
  }

  double saturatedFraction() {
    return derivativeCount == 0 ? Double.NaN : (double) saturated / derivativeCount;
  }

  double deadFraction() {
    if (batches == 0) {
      return Double.NaN;
    }
    int dead = 0;
    for (boolean unit : alive) {
      if (!unit) {
        dead++;
      }
    }
    return (double) dead / alive.length;
  }

  double weightNorm() {
    if (!hasWeights) {
      return Double.NaN;
    }
    double squares = 0;
    for (Parameter parameter : layer.layer().parameters()) {
      if (parameter.role() == ParameterRole.WEIGHTS) {
        squares += ParameterCopy.valueSquares(kernels, parameter);
      }
    }
    return Math.sqrt(squares);
  }
}
