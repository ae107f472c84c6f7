package org.nnlab.core.explain;

import org.nnlab.core.train.Experiment;

/** The losses whose terms and gradient the derivation can write out, and any other. */
enum LossKind {
  /** nnlab's {@code mse}: L = Σ (o − t)² / (n m). */
  MSE,
  /** nnlab's {@code cross_entropy}: p = softmax(z), L = −Σ t log p / n. */
  CROSS_ENTROPY,
  /** nnlab's {@code binary_cross_entropy}: p = σ(z), L = −Σ (t log p + (1 − t) log(1 − p)) / (n m). */
  BINARY_CROSS_ENTROPY,
  /** nnlab's {@code l1}: L = Σ |o − t| / (n m). */
  L1,
  /** nnlab's {@code huber}: ½ d² where |d| &lt; δ, δ (|d| − ½ δ) beyond, mean over n m. */
  HUBER,
  /** A plugin's loss: its value and gradient as it gives them. */
  OTHER;

  static LossKind of(Experiment experiment) {
    if (!experiment.lossPlugin().builtIn()) {
      return OTHER;
    }
    return switch (experiment.config().loss().name()) {
      case "mse" -> MSE;
      case "cross_entropy" -> CROSS_ENTROPY;
      case "binary_cross_entropy" -> BINARY_CROSS_ENTROPY;
      case "l1" -> L1;
      case "huber" -> HUBER;
      default -> OTHER;
    };
  }
}
