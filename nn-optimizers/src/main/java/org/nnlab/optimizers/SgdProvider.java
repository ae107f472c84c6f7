package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
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

  /** {@code learning_rate}: η, greater than 0. */
  static final OptionDescription LEARNING_RATE =
      Settings.positive("learning_rate", "the step size η");

  /** {@code momentum}: μ, in [0, 1). */
  static final OptionDescription MOMENTUM = Settings.share("momentum",
      "the share μ of the velocity kept from step to step; 0 is plain SGD");

  /** {@code nesterov}: whether the step looks ahead along the velocity. */
  static final OptionDescription NESTEROV = OptionDescription.of("nesterov",
      "Nesterov momentum: step along g + μ v instead of v; needs a momentum");

  /** {@code weight_decay}: λ, an L2 term added to the gradient. */
  static final OptionDescription WEIGHT_DECAY =
      Settings.notNegative("weight_decay", "λ, added to the gradient as λ w (L2)");

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
  public List<OptionDescription> describeOptions() {
    return List.of(LEARNING_RATE, MOMENTUM, NESTEROV, WEIGHT_DECAY);
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = Settings.number(options, LEARNING_RATE, DEFAULT_LEARNING_RATE);
    double momentum = Settings.number(options, MOMENTUM, DEFAULT_MOMENTUM);
    boolean nesterov = options.flag(NESTEROV.key(), false);
    if (nesterov && momentum == 0) {
      throw new InvalidOptionException(NESTEROV.key(), "false when momentum is 0 (Nesterov "
          + "momentum needs a momentum)", true);
    }
    double weightDecay = Settings.number(options, WEIGHT_DECAY, 0.0);
    return new Sgd(learningRate, momentum, nesterov, weightDecay);
  }
}
