package org.nnlab.core.train;

import java.util.List;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.core.config.TrainingConfig;

/**
 * {@code training.clip_grad_norm} and {@code training.clip_grad_value}: changes every
 * parameter's gradient after the backward pass and before the optimizer's step, as PyTorch's
 * {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_} do.
 *
 * <p>By norm: with N the L2 norm of all gradients together, each gradient is multiplied by
 * {@code max_norm / (N + 1e-6)} when that is below 1. By value: each entry is clamped to
 * {@code [-value, value]}. Neither allocates.
 */
final class GradientClipping {
  /** PyTorch's term added to the norm in the clip coefficient. */
  static final double NORM_EPSILON = 1e-6;

  private final List<Parameter> parameters;
  private final double maxNorm;
  private final double maxValue;

  private GradientClipping(List<Parameter> parameters, double maxNorm, double maxValue) {
    this.parameters = parameters;
    this.maxNorm = maxNorm;
    this.maxValue = maxValue;
  }

  /**
   * The clipping a training section asks for, if any.
   *
   * @param training the section
   * @param parameters every parameter of the network, in network order
   * @return the clipping; {@link #active()} is false when none is configured
   */
  static GradientClipping of(TrainingConfig training, List<Parameter> parameters) {
    return new GradientClipping(parameters, training.clipGradNorm().orElse(Double.NaN),
        training.clipGradValue().orElse(Double.NaN));
  }

  /** Tells whether any clipping is configured. */
  boolean active() {
    return !Double.isNaN(maxNorm) || !Double.isNaN(maxValue);
  }

  /**
   * Clips every gradient in place.
   *
   * @param gradientSquares Σ g² of each parameter's gradient (network order), as computed
   *     after the backward pass
   */
  void clip(double[] gradientSquares) {
    if (!Double.isNaN(maxNorm)) {
      clipNorm(gradientSquares);
    } else if (!Double.isNaN(maxValue)) {
      clipValue();
    }
  }

  /**
   * The factor clipping by norm multiplies the gradients with: {@code max_norm / (N + 1e-6)},
   * at most 1, where N is the global norm computed as PyTorch does, the norm of the
   * per-parameter norms.
   */
  static double normFactor(double maxNorm, double[] gradientSquares) {
    double total = 0;
    for (double squares : gradientSquares) {
      double norm = Math.sqrt(squares);
      total += norm * norm;
    }
    return Math.min(1.0, maxNorm / (Math.sqrt(total) + NORM_EPSILON));
  }

  private void clipNorm(double[] gradientSquares) {
    double factor = normFactor(maxNorm, gradientSquares);
    if (factor >= 1.0) {
      return;
    }
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      if (parameter.precision() == Precision.FLOAT64) {
        double[] gradients = parameter.gradients();
        for (int i = 0, n = parameter.size(); i < n; i++) {
          gradients[i] *= factor;
        }
      } else {
        float[] gradients = parameter.floatGradients();
        for (int i = 0, n = parameter.size(); i < n; i++) {
          gradients[i] = (float) (gradients[i] * factor);
        }
      }
    }
  }

  private void clipValue() {
    double high = maxValue;
    double low = -maxValue;
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      if (parameter.precision() == Precision.FLOAT64) {
        double[] gradients = parameter.gradients();
        for (int i = 0, n = parameter.size(); i < n; i++) {
          double g = gradients[i];
          gradients[i] = g > high ? high : (g < low ? low : g);
        }
      } else {
        float[] gradients = parameter.floatGradients();
        float highFloat = (float) high;
        float lowFloat = (float) low;
        for (int i = 0, n = parameter.size(); i < n; i++) {
          float g = gradients[i];
          gradients[i] = g > highFloat ? highFloat : (g < lowFloat ? lowFloat : g);
        }
      }
    }
  }
}
