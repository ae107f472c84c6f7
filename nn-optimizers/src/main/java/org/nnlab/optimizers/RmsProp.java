package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;

/**
 * RMSprop (Hinton, 2012), as PyTorch's {@code torch.optim.RMSprop}.
 *
 * <p>With learning rate η, smoothing α, ε, momentum μ, weight decay λ and gradient g, each step
 * computes, with s (and, when centred, ḡ; with momentum, b) zero at the start:
 *
 * <pre>
 *   g ← g + λ w
 *   s ← α s + (1 − α) g²
 *   ḡ ← α ḡ + (1 − α) g                 centred only
 *   d ← √(s − ḡ²) + ε   centred,   d ← √s + ε   otherwise
 *   b ← μ b + g / d,  w ← w − η b       with momentum
 *   w ← w − η g / d                     without
 * </pre>
 *
 * <p>In a float32 run each entry is computed in {@code double} from the stored floats, and w and
 * the state are stored rounded to float.
 */
final class RmsProp implements Optimizer {
  private final double learningRate;
  private final double alpha;
  private final double eps;
  private final double momentum;
  private final boolean centered;
  private final double weightDecay;

  RmsProp(double learningRate, double alpha, double eps, double momentum, boolean centered,
      double weightDecay) {
    this.learningRate = learningRate;
    this.alpha = alpha;
    this.eps = eps;
    this.momentum = momentum;
    this.centered = centered;
    this.weightDecay = weightDecay;
  }

  // Array 0: the square average; then the momentum buffer and the gradient average if used.
  @Override
  public int stateArrays() {
    return 1 + (momentum > 0 ? 1 : 0) + (centered ? 1 : 0);
  }

  @Override
  public double learningRate() {
    return learningRate;
  }

  @Override
  public boolean supports(Precision precision) {
    return precision == Precision.FLOAT64 || precision == Precision.FLOAT32;
  }

  @Override
  public boolean updatesEntriesIndependently() {
    return true;
  }

  @Override
  public void step(List<Parameter> parameters, OptimizerState state, StepContext context) {
    for (int p = 0; p < parameters.size(); p++) {
      stepRange(parameters.get(p), p, state, context, 0, parameters.get(p).size());
    }
  }

  @Override
  public void stepRange(Parameter parameter, int p, OptimizerState state, StepContext context,
      int from, int to) {
    double rate = context.learningRate();
    int averageIndex = momentum > 0 ? 2 : 1;
    if (parameter.precision() == Precision.FLOAT32) {
      step(parameter.floatValues(), parameter.floatGradients(), state.floatArray(p, 0),
          momentum > 0 ? state.floatArray(p, 1) : null,
          centered ? state.floatArray(p, averageIndex) : null, rate, from, to);
    } else {
      step(parameter.values(), parameter.gradients(), state.array(p, 0),
          momentum > 0 ? state.array(p, 1) : null,
          centered ? state.array(p, averageIndex) : null, rate, from, to);
    }
  }

  private void step(double[] w, double[] g, double[] square, double[] buffer, double[] average,
      double rate, int from, int to) {
    for (int i = from; i < to; i++) {
      double gradient = weightDecay == 0.0 ? g[i] : g[i] + weightDecay * w[i];
      square[i] = alpha * square[i] + (1 - alpha) * gradient * gradient;
      double denominator;
      if (centered) {
        average[i] = alpha * average[i] + (1 - alpha) * gradient;
        denominator = Math.sqrt(square[i] - average[i] * average[i]) + eps;
      } else {
        denominator = Math.sqrt(square[i]) + eps;
      }
      if (buffer != null) {
        buffer[i] = momentum * buffer[i] + gradient / denominator;
        w[i] -= rate * buffer[i];
      } else {
        w[i] -= rate * gradient / denominator;
      }
    }
  }

  private void step(float[] w, float[] g, float[] square, float[] buffer, float[] average,
      double rate, int from, int to) {
    for (int i = from; i < to; i++) {
      double gradient = weightDecay == 0.0 ? g[i] : g[i] + weightDecay * w[i];
      double meanSquare = alpha * square[i] + (1 - alpha) * gradient * gradient;
      square[i] = (float) meanSquare;
      double denominator;
      if (centered) {
        double mean = alpha * average[i] + (1 - alpha) * gradient;
        average[i] = (float) mean;
        denominator = Math.sqrt(meanSquare - mean * mean) + eps;
      } else {
        denominator = Math.sqrt(meanSquare) + eps;
      }
      if (buffer != null) {
        double velocity = momentum * buffer[i] + gradient / denominator;
        buffer[i] = (float) velocity;
        w[i] = (float) (w[i] - rate * velocity);
      } else {
        w[i] = (float) (w[i] - rate * gradient / denominator);
      }
    }
  }
}
