package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;

/**
 * Adagrad (Duchi, Hazan and Singer, 2011), as PyTorch's {@code torch.optim.Adagrad}.
 *
 * <p>With learning rate η, learning-rate decay δ, ε, weight decay λ, step t (from 1) and
 * gradient g, each step computes, with the sum s zero at the start:
 *
 * <pre>
 *   g ← g + λ w
 *   s ← s + g²
 *   w ← w − η / (1 + (t − 1) δ) · g / (√s + ε)
 * </pre>
 *
 * <p>In a float32 run each entry is computed in {@code double} from the stored floats, and w and
 * s are stored rounded to float.
 */
final class Adagrad implements Optimizer {
  private final double learningRate;
  private final double learningRateDecay;
  private final double eps;
  private final double weightDecay;

  Adagrad(double learningRate, double learningRateDecay, double eps, double weightDecay) {
    this.learningRate = learningRate;
    this.learningRateDecay = learningRateDecay;
    this.eps = eps;
    this.weightDecay = weightDecay;
  }

  @Override
  public int stateArrays() {
    return 1;
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
    double rate = context.learningRate() / (1 + (context.step() - 1) * learningRateDecay);
    if (parameter.precision() == Precision.FLOAT32) {
      step(parameter.floatValues(), parameter.floatGradients(), state.floatArray(p, 0), rate,
          from, to);
    } else {
      step(parameter.values(), parameter.gradients(), state.array(p, 0), rate, from, to);
    }
  }

  private void step(double[] w, double[] g, double[] sum, double rate, int from,
      int to) {
    for (int i = from; i < to; i++) {
      double gradient = weightDecay == 0.0 ? g[i] : g[i] + weightDecay * w[i];
      sum[i] += gradient * gradient;
      w[i] -= rate * gradient / (Math.sqrt(sum[i]) + eps);
    }
  }

  private void step(float[] w, float[] g, float[] sum, double rate, int from,
      int to) {
    for (int i = from; i < to; i++) {
      double gradient = weightDecay == 0.0 ? g[i] : g[i] + weightDecay * w[i];
      double total = sum[i] + gradient * gradient;
      sum[i] = (float) total;
      w[i] = (float) (w[i] - rate * gradient / (Math.sqrt(total) + eps));
    }
  }
}
