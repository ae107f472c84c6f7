package org.nnlab.optimizers;

import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;

/**
 * Stochastic gradient descent with optional momentum, as in PyTorch's {@code torch.optim.SGD}.
 *
 * <p>With learning rate η, momentum μ, gradient g and velocity v (zero at the start), each step
 * computes
 *
 * <pre>
 *   v ← μ v + g
 *   w ← w − η v
 * </pre>
 *
 * With μ = 0 this is the plain update w ← w − η g of the seed notes.
 */
final class Sgd implements Optimizer {
  private final double learningRate;
  private final double momentum;

  Sgd(double learningRate, double momentum) {
    this.learningRate = learningRate;
    this.momentum = momentum;
  }

  @Override
  public int stateArrays() {
    return momentum == 0.0 ? 0 : 1;
  }

  @Override
  public void update(Parameter parameter, OptimizerState state) {
    double[] w = parameter.values();
    double[] g = parameter.gradients();
    int n = w.length;
    if (momentum == 0.0) {
      for (int i = 0; i < n; i++) {
        w[i] -= learningRate * g[i];
      }
      return;
    }
    double[] v = state.array(0);
    for (int i = 0; i < n; i++) {
      v[i] = momentum * v[i] + g[i];
      w[i] -= learningRate * v[i];
    }
  }

  @Override
  public String toString() {
    return "sgd(learning_rate=" + learningRate + ", momentum=" + momentum + ")";
  }
}
