package org.nnlab.core.losses;

import com.google.auto.service.AutoService;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The sigmoid fused with binary cross-entropy, as PyTorch's {@code BCEWithLogitsLoss}: the raw
 * output z is a logit, p = σ(z) the probability of the second of two classes, and per output
 * L = −t log p − (1 − t) log(1 − p), averaged over every output of every sample. It is computed
 * as max(z, 0) − z t + log(1 + e^−|z|), which neither overflows nor loses precision for large
 * |z|; the gradient is dL/dz = (σ(z) − t) / (n m) for n samples of m outputs.
 *
 * <p>Its targets are classes: the model has one output, and each target is 0 or 1.
 */
@AutoService(LossProvider.class)
public final class BinaryCrossEntropy implements Loss, LossProvider {

  @Override
  public String name() {
    return "binary_cross_entropy";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "sigmoid + binary cross-entropy on one logit output; targets 0/1 or two class labels";
  }

  @Override
  public Loss create(PluginOptions options) {
    return this;
  }

  @Override
  public boolean appliesSigmoid() {
    return true;
  }

  @Override
  public boolean targetsAreClasses() {
    return true;
  }

  @Override
  public double evaluate(Matrix output, Matrix target, Matrix gradient) {
    int count = output.size();
    double[] z = output.data();
    double[] t = target.data();
    double[] g = gradient.data();
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double e = Math.exp(-Math.abs(z[i]));
      sum += Math.max(z[i], 0) - z[i] * t[i] + Math.log1p(e);
      // σ(z) from e = e^−|z| ≤ 1, which cannot overflow.
      double sigmoid = z[i] >= 0 ? 1 / (1 + e) : e / (1 + e);
      g[i] = (sigmoid - t[i]) / count;
    }
    return sum / count;
  }
}
