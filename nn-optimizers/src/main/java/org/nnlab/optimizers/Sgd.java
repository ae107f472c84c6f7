package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.StepContext;

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
  public double learningRate() {
    return learningRate;
  }

  @Override
  public void step(List<Parameter> parameters, OptimizerState state, StepContext context) {
    double rate = context.learningRate();
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      double[] w = parameter.values();
      double[] g = parameter.gradients();
      int n = w.length;
      if (momentum == 0.0) {
        for (int i = 0; i < n; i++) {
          w[i] -= rate * g[i];
        }
        continue;
      }
      double[] v = state.array(p, 0);
      for (int i = 0; i < n; i++) {
        v[i] = momentum * v[i] + g[i];
        w[i] -= rate * v[i];
      }
    }
  }

  @Override
  public String toString() {
    return "sgd(learning_rate=" + learningRate + ", momentum=" + momentum + ")";
  }
}
