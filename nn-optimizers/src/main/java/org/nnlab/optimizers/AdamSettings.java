package org.nnlab.optimizers;

import org.nnlab.api.PluginOptions;

/** The options {@code adam} and {@code adamw} share. */
final class AdamSettings {
  private AdamSettings() {}

  static Adam read(PluginOptions options, double defaultWeightDecay, boolean decoupled) {
    double learningRate =
        Settings.positive(options, "learning_rate", AdamProvider.DEFAULT_LEARNING_RATE);
    double beta1 = Settings.share(options, "beta1", 0.9);
    double beta2 = Settings.share(options, "beta2", 0.999);
    double eps = Settings.positive(options, "eps", 1e-8);
    double weightDecay = Settings.notNegative(options, "weight_decay", defaultWeightDecay);
    return new Adam(learningRate, beta1, beta2, eps, weightDecay, decoupled);
  }
}
