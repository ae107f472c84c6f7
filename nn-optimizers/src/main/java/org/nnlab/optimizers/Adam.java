package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;

/**
 * Adam (Kingma and Ba, 2015) and AdamW (Loshchilov and Hutter, 2019), as PyTorch's {@code
 * torch.optim.Adam} and {@code torch.optim.AdamW}.
 *
 * <p>With learning rate η, β₁, β₂, ε, weight decay λ, step t (from 1), gradient g, and moments m
 * and v (zero at the start), each step computes
 *
 * <pre>
 *   w ← w (1 − η λ)         AdamW: decoupled decay
 *   g ← g + λ w             Adam: decay as an L2 term
 *   m ← β₁ m + (1 − β₁) g
 *   v ← β₂ v + (1 − β₂) g²
 *   w ← w − η / (1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 *
 * <p>In a float32 run each entry is computed in {@code double} from the stored floats, and w, m
 * and v are stored rounded to float.
 */
final class Adam implements Optimizer {
  private final double learningRate;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double weightDecay;
  private final boolean decoupled;

  Adam(double learningRate, double beta1, double beta2, double eps, double weightDecay,
      boolean decoupled) {
    this.learningRate = learningRate;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.decoupled = decoupled;
  }

  @Override
  public int stateArrays() {
    return 2;
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
    long t = context.step();
    double correction1 = 1 - Math.pow(beta1, t);
    double correction2 = Math.sqrt(1 - Math.pow(beta2, t));
    double stepSize = rate / correction1;
    double shrink = decoupled ? 1 - rate * weightDecay : 1;
    double l2 = decoupled ? 0 : weightDecay;
    if (parameter.precision() == Precision.FLOAT32) {
      step(parameter.floatValues(), parameter.floatGradients(), state.floatArray(p, 0),
          state.floatArray(p, 1), stepSize, correction2, shrink, l2, from, to);
    } else {
      step(parameter.values(), parameter.gradients(), state.array(p, 0), state.array(p, 1),
          stepSize, correction2, shrink, l2, from, to);
    }
  }

  private void step(double[] w, double[] g, double[] m, double[] v, double stepSize,
      double correction2, double shrink, double l2, int from, int to) {
    for (int i = from; i < to; i++) {
      if (decoupled) {
        w[i] *= shrink;
      }
      double gradient = g[i] + l2 * w[i];
      m[i] = beta1 * m[i] + (1 - beta1) * gradient;
      v[i] = beta2 * v[i] + (1 - beta2) * gradient * gradient;
      w[i] -= stepSize * m[i] / (Math.sqrt(v[i]) / correction2 + eps);
    }
  }

  private void step(float[] w, float[] g, float[] m, float[] v, double stepSize,
      double correction2, double shrink, double l2, int from, int to) {
    for (int i = from; i < to; i++) {
      double weight = w[i];
      if (decoupled) {
        weight *= shrink;
      }
      double gradient = g[i] + l2 * weight;
      double mean = beta1 * m[i] + (1 - beta1) * gradient;
      double square = beta2 * v[i] + (1 - beta2) * gradient * gradient;
      m[i] = (float) mean;
      v[i] = (float) square;
      w[i] = (float) (weight - stepSize * mean / (Math.sqrt(square) / correction2 + eps));
    }
  }
}
