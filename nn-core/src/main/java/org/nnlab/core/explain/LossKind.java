package org.nnlab.core.explain;

import org.nnlab.core.train.Experiment;

/** The losses whose terms and gradient the derivation can write out, and any other. */
enum LossKind {
  /** nnlab's {@code mse}: L = Σ (o − t)² / (n m). */
  MSE,
  /** nnlab's {@code cross_entropy}: p = softmax(z), L = −Σ t log p / n. */
  CROSS_ENTROPY,
  /** A plugin's loss: its value and gradient as it gives them. */
  OTHER;

  static LossKind of(Experiment experiment) {
    if (!experiment.lossPlugin().builtIn()) {
      return OTHER;
    }
    return switch (experiment.config().loss().name()) {
      case "mse" -> MSE;
      case "cross_entropy" -> CROSS_ENTROPY;
      default -> OTHER;
    };
  }
}
