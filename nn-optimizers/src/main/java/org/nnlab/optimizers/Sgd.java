package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and weight decay, as
 * PyTorch's {@code torch.optim.SGD} (dampening 0).
 *
 * <p>With learning rate η, momentum μ, weight decay λ, gradient g and velocity v (zero at the
 * start), each step computes
 *
 * <pre>
 *   g ← g + λ w
 *   v ← μ v + g
 *   w ← w − η (g + μ v)   with Nesterov momentum
 *   w ← w − η v           without
 * </pre>
 *
 * With μ = 0 and λ = 0 this is the plain update w ← w − η g of the seed notes.
 *
 * <p>In a float32 run each entry is computed in {@code float}, as PyTorch's float32 SGD does: η,
 * μ and λ rounded to float, and each "add α times" one fused multiply-add ({@code Math.fma}, as
 * PyTorch's vectorized {@code add_(x, alpha)}), so the loops are plain float arithmetic that the
 * JIT vectorizes.
 */
final class Sgd implements Optimizer {
  private final double learningRate;
  private final double momentum;
  private final boolean nesterov;
  private final double weightDecay;

  Sgd(double learningRate, double momentum, boolean nesterov, double weightDecay) {
    this.learningRate = learningRate;
    this.momentum = momentum;
    this.nesterov = nesterov;
    this.weightDecay = weightDecay;
  }

  @Override
  public int stateArrays() {
    return momentum == 0.0 ? 0 : 1;
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
    boolean floats = parameter.precision() == Precision.FLOAT32;
    if (momentum == 0.0) {
      if (floats) {
        step(parameter.floatValues(), parameter.floatGradients(), rate, from, to);
      } else {
        step(parameter.values(), parameter.gradients(), rate, from, to);
      }
    } else if (floats) {
      step(parameter.floatValues(), parameter.floatGradients(), state.floatArray(p, 0), rate,
          from, to);
    } else {
      step(parameter.values(), parameter.gradients(), state.array(p, 0), rate, from, to);
    }
  }

  // Plain SGD, with the weight-decay test outside the loops so that they stay branch-free.
  private void step(double[] w, double[] g, double rate, int from,
      int to) {
    if (weightDecay == 0.0) {
      for (int i = from; i < to; i++) {
        w[i] -= rate * g[i];
      }
    } else {
      for (int i = from; i < to; i++) {
        w[i] -= rate * (g[i] + weightDecay * w[i]);
      }
    }
  }

  private void step(float[] w, float[] g, double rate, int from,
      int to) {
    float minusRate = (float) -rate;
    float decay = (float) weightDecay;
    if (weightDecay == 0.0) {
      for (int i = from; i < to; i++) {
        w[i] = Math.fma(minusRate, g[i], w[i]);
      }
    } else {
      for (int i = from; i < to; i++) {
        w[i] = Math.fma(minusRate, Math.fma(decay, w[i], g[i]), w[i]);
      }
    }
  }

  private void step(double[] w, double[] g, double[] v, double rate, int from,
      int to) {
    if (weightDecay == 0.0) {
      for (int i = from; i < to; i++) {
        v[i] = momentum * v[i] + g[i];
        w[i] -= rate * (nesterov ? g[i] + momentum * v[i] : v[i]);
      }
    } else {
      for (int i = from; i < to; i++) {
        double gradient = g[i] + weightDecay * w[i];
        v[i] = momentum * v[i] + gradient;
        w[i] -= rate * (nesterov ? gradient + momentum * v[i] : v[i]);
      }
    }
  }

  private void step(float[] w, float[] g, float[] v, double rate, int from,
      int to) {
    float minusRate = (float) -rate;
    float decay = (float) weightDecay;
    float mu = (float) momentum;
    for (int i = from; i < to; i++) {
      float gradient = weightDecay == 0.0 ? g[i] : Math.fma(decay, w[i], g[i]);
      float velocity = mu * v[i] + gradient;
      v[i] = velocity;
      w[i] = Math.fma(minusRate, nesterov ? Math.fma(mu, velocity, gradient) : velocity, w[i]);
    }
  }

  @Override
  public String toString() {
    return "sgd(learning_rate=" + learningRate + ", momentum=" + momentum + ", nesterov="
        + nesterov + ", weight_decay=" + weightDecay + ")";
  }
}
