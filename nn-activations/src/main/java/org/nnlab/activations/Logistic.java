package org.nnlab.activations;

/** The logistic function and the softplus, computed without overflow, for several activations. */
final class Logistic {
  private Logistic() {}

  /** σ(x) = 1 / (1 + e^−x); the exponent is never positive. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  /** log(1 + eˣ), linear above 20 as PyTorch's softplus (beta 1, threshold 20). */
  static double softplus(double x) {
    return x > 20 ? x : Math.log1p(Math.exp(x));
  }
}
