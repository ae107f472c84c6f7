package org.nnlab.core.losses;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.PluginOptions;

/**
 * The Huber loss, as PyTorch's {@code HuberLoss} with {@code reduction='mean'}: with d = o − t and
 * δ = {@code delta} (default 1), each output costs ½ d² where |d| &lt; δ and δ (|d| − ½ δ)
 * elsewhere, averaged over every output of every sample; dL/do = d / (n m) where |d| &lt; δ and
 * δ sign(d) / (n m) elsewhere. Quadratic near the target, linear far from it, so outliers pull
 * less than with {@code mse}.
 */
@AutoService(LossProvider.class)
public final class HuberLoss implements LossProvider {
  /** The default {@code delta}, as PyTorch's. */
  public static final double DEFAULT_DELTA = 1.0;

  static final OptionDescription DELTA = OptionDescription.of("delta",
      "where the loss turns from quadratic to linear in |output - target|").greaterThan(0);

  @Override
  public String name() {
    return "huber";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "mean of 0.5 d^2 for |d| < delta, delta (|d| - 0.5 delta) beyond, d = output - target";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(DELTA);
  }

  @Override
  public Loss create(PluginOptions options) {
    double delta = options.number(DELTA.key(), DEFAULT_DELTA);
    if (!DELTA.accepts(delta)) {
      throw new InvalidOptionException(DELTA.key(), "a positive number", delta);
    }
    return new Function(delta);
  }

  /** The loss with its {@code delta}. */
  private static final class Function implements Loss {
    private final double delta;

    Function(double delta) {
      this.delta = delta;
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
        double size = Math.abs(d);
        if (size < delta) {
          sum += 0.5 * d * d;
          g[i] = d / count;
        } else {
          sum += delta * (size - 0.5 * delta);
          g[i] = Math.copySign(delta, d) / count;
        }
      }
      return sum / count;
    }
  }
}
