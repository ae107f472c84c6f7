package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code sgd}: options {@code learning_rate} (default {@value #DEFAULT_LEARNING_RATE},
 * as in Keras), {@code momentum} (default 0, in [0, 1)), {@code nesterov} (default false; needs
 * a momentum) and {@code weight_decay} (default 0, at least 0), as PyTorch's SGD.
 */
@AutoService(OptimizerProvider.class)
public final class SgdProvider implements OptimizerProvider {
  /** The learning rate when the configuration gives none. */
  public static final double DEFAULT_LEARNING_RATE = 0.01;

  /** The momentum when the configuration gives none: plain SGD. */
  public static final double DEFAULT_MOMENTUM = 0.0;

  @Override
  public String name() {
    return "sgd";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "g += weight_decay * w; v = momentum * v + g; w -= learning_rate * v (or g + "
        + "momentum * v with nesterov)";
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = Settings.positive(options, "learning_rate", DEFAULT_LEARNING_RATE);
    double momentum = Settings.share(options, "momentum", DEFAULT_MOMENTUM);
    boolean nesterov = options.flag("nesterov", false);
    if (nesterov && momentum == 0) {
      throw new InvalidOptionException("nesterov", "false when momentum is 0 (Nesterov momentum "
          + "needs a momentum)", true);
    }
    double weightDecay = Settings.notNegative(options, "weight_decay", 0.0);
    return new Sgd(learningRate, momentum, nesterov, weightDecay);
  }
}
