package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code adagrad}: options {@code learning_rate} (0.01), {@code lr_decay} (0), {@code
 * eps} (1e-10) and {@code weight_decay} (0), PyTorch's defaults.
 */
@AutoService(OptimizerProvider.class)
public final class AdagradProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "adagrad";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "Adagrad: w -= learning_rate * g / (sqrt(sum of g^2) + eps)";
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = Settings.positive(options, "learning_rate", 0.01);
    double decay = Settings.notNegative(options, "lr_decay", 0.0);
    double eps = Settings.positive(options, "eps", 1e-10);
    double weightDecay = Settings.notNegative(options, "weight_decay", 0.0);
    return new Adagrad(learningRate, decay, eps, weightDecay);
  }
}
