package org.nnlab.core.losses;

import com.google.auto.service.AutoService;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * Softmax fused with categorical cross-entropy, as PyTorch's {@code CrossEntropyLoss}: the
 * network's raw outputs z are logits, p = softmax(z), and per sample L = −Σ t_j log p_j, averaged
 * over the batch. The gradient is dL/dz = (p Σt − t) / n, which for one-hot targets is (p − t) /
 * n.
 *
 * <p>Computed with the log-sum-exp shift, so large logits neither overflow nor lose precision.
 */
@AutoService(LossProvider.class)
public final class SoftmaxCrossEntropy implements Loss, LossProvider {

  @Override
  public String name() {
    return "cross_entropy";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "softmax + categorical cross-entropy on logits; targets one-hot or class index";
  }

  @Override
  public Loss create(PluginOptions options) {
    return this;
  }

  @Override
  public boolean appliesSoftmax() {
    return true;
  }

  @Override
  public double evaluate(Matrix output, Matrix target, Matrix gradient) {
    int rows = output.rows();
    int cols = output.cols();
    double[] z = output.data();
    double[] t = target.data();
    double[] g = gradient.data();
    double total = 0;
    for (int r = 0; r < rows; r++) {
      int row = r * cols;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < cols; j++) {
        max = Math.max(max, z[row + j]);
      }
      double expSum = 0;
      for (int j = 0; j < cols; j++) {
        double e = Math.exp(z[row + j] - max);
        g[row + j] = e;
        expSum += e;
      }
      double logSumExp = max + Math.log(expSum);
      double targetSum = 0;
      double loss = 0;
      for (int j = 0; j < cols; j++) {
        targetSum += t[row + j];
        loss += t[row + j] * (logSumExp - z[row + j]);
      }
      total += loss;
      for (int j = 0; j < cols; j++) {
        g[row + j] = (g[row + j] / expSum * targetSum - t[row + j]) / rows;
      }
    }
    return total / rows;
  }
}
