package org.nnlab.core.losses;

import com.google.auto.service.AutoService;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * Mean squared error, as in Keras and PyTorch: the mean of (output − target)² over every output
 * of every sample, L = Σ (o − t)² / (n m) for n samples of m outputs, with dL/do = 2 (o − t) / (n
 * m).
 *
 * <p>With two outputs and one sample this equals the seed notes' Σ ½ (t − o)².
 */
@AutoService(LossProvider.class)
public final class MeanSquaredError implements Loss, LossProvider {

  @Override
  public String name() {
    return "mse";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "mean of (output - target)^2 over outputs and samples";
  }

  @Override
  public Loss create(PluginOptions options) {
    return this;
  }

  @Override
  public double evaluate(Matrix output, Matrix target, Matrix gradient) {
    int count = output.size();
    double[] o = output.data();
    double[] t = target.data();
    double[] g = gradient.data();
    double scale = 2.0 / count;
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double diff = o[i] - t[i];
      sum += diff * diff;
      g[i] = scale * diff;
    }
    return sum / count;
  }
}
