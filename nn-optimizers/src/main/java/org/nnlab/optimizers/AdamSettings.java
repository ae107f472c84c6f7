package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.PluginOptions;

/** The options {@code adam} and {@code adamw} share. */
final class AdamSettings {
  static final OptionDescription LEARNING_RATE =
      Settings.positive("learning_rate", "the step size η");
  static final OptionDescription BETA1 =
      Settings.share("beta1", "β₁, the decay of the gradient's running mean m");
  static final OptionDescription BETA2 =
      Settings.share("beta2", "β₂, the decay of the squared gradient's running mean v");
  static final OptionDescription EPS =
      Settings.positive("eps", "ε, added to √v for numerical stability");
  static final OptionDescription WEIGHT_DECAY =
      Settings.notNegative("weight_decay", "λ: an L2 term (adam) or decoupled decay (adamw)");

  /** Every option, for {@code nn schema}. */
  static final List<OptionDescription> ALL = List.of(LEARNING_RATE, BETA1, BETA2, EPS,
      WEIGHT_DECAY);

  private AdamSettings() {}

  static Adam read(PluginOptions options, double defaultWeightDecay, boolean decoupled) {
    double learningRate =
        Settings.number(options, LEARNING_RATE, AdamProvider.DEFAULT_LEARNING_RATE);
    double beta1 = Settings.number(options, BETA1, 0.9);
    double beta2 = Settings.number(options, BETA2, 0.999);
    double eps = Settings.number(options, EPS, 1e-8);
    double weightDecay = Settings.number(options, WEIGHT_DECAY, defaultWeightDecay);
    return new Adam(learningRate, beta1, beta2, eps, weightDecay, decoupled);
  }
}
