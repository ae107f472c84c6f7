package org.nnlab.core.losses;

import com.google.auto.service.AutoService;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * The mean absolute error, as PyTorch's {@code L1Loss} with {@code reduction='mean'}: L = Σ |o − t|
 * / (n m) over every output of every sample, with dL/do = sign(o − t) / (n m), and 0 where the
 * output equals the target, as PyTorch's gradient is there.
 */
@AutoService(LossProvider.class)
public final class L1Loss implements Loss, LossProvider {

  @Override
  public String name() {
    return "l1";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "mean of |output - target| over outputs and samples";
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
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double d = o[i] - t[i];
      sum += Math.abs(d);
      g[i] = Math.signum(d) / count;
    }
    return sum / count;
  }
}
