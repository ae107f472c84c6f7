package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code rmsprop}: options {@code learning_rate} (0.01), {@code alpha} (0.99), {@code
 * eps} (1e-8), {@code momentum} (0), {@code centered} (false) and {@code weight_decay} (0),
 * PyTorch's defaults.
 */
@AutoService(OptimizerProvider.class)
public final class RmsPropProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "rmsprop";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "RMSprop: w -= learning_rate * g / (sqrt(mean of g^2) + eps), optionally centred and "
        + "with momentum";
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = Settings.positive(options, "learning_rate", 0.01);
    double alpha = Settings.share(options, "alpha", 0.99);
    double eps = Settings.positive(options, "eps", 1e-8);
    double momentum = Settings.share(options, "momentum", 0.0);
    boolean centered = options.flag("centered", false);
    double weightDecay = Settings.notNegative(options, "weight_decay", 0.0);
    return new RmsProp(learningRate, alpha, eps, momentum, centered, weightDecay);
  }
}
