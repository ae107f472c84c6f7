package org.nnlab.core.stats;

import java.util.List;

/**
 * Compares the gradient reaching the first layer with the gradient of the last: the one number
 * that shows a vanishing or exploding gradient.
 *
 * <p>The ratio is {@code grad_norms[first] / grad_norms[last]} of one epoch. Below
 * {@value #VANISHING_BELOW} the first layer learns a hundred times slower than the last: the
 * gradient is vanishing. Above {@value #EXPLODING_ABOVE} it is exploding. In between it is
 * healthy.
 *
 * @param ratio first-layer gradient norm divided by last-layer gradient norm
 * @param firstLayer the 1-based index of the first layer (always 1)
 * @param lastLayer the 1-based index of the last layer
 * @param kind the verdict
 */
public record GradientVerdict(double ratio, int firstLayer, int lastLayer, Kind kind) {
  /** Ratios below this are a vanishing gradient. */
  public static final double VANISHING_BELOW = 1e-2;

  /** Ratios above this are an exploding gradient. */
  public static final double EXPLODING_ABOVE = 1e2;

  /** The verdict's word. */
  public enum Kind {
    VANISHING("vanishing"),
    HEALTHY("healthy"),
    EXPLODING("exploding"),
    UNKNOWN("unknown");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** The lowercase word used in output. */
    public String word() {
      return word;
    }
  }

  /** Judges one epoch's gradient norms. */
  public static GradientVerdict of(EpochStats stats) {
    return of(stats.gradNorms());
  }

  /** Judges a list of per-layer gradient norms, first layer first. */
  public static GradientVerdict of(List<Double> gradNorms) {
    int last = gradNorms.size();
    double ratio = gradNorms.get(0) / gradNorms.get(last - 1);
    return new GradientVerdict(ratio, 1, last, kindOf(ratio, last));
  }

  /**
   * The verdict on a first/last ratio of a network with {@code layers} layers: {@code UNKNOWN}
   * when the ratio is undefined (NaN or infinite) or there is only one layer to compare.
   */
  public static Kind kindOf(double ratio, int layers) {
    if (!Double.isFinite(ratio) || layers < 2) {
      return Kind.UNKNOWN;
    }
    if (ratio < VANISHING_BELOW) {
      return Kind.VANISHING;
    }
    return ratio > EXPLODING_ABOVE ? Kind.EXPLODING : Kind.HEALTHY;
  }

  /**
   * One line, such as {@code layer 1 gets 2.1e-06 x the gradient of layer 11: vanishing
   * gradient}.
   */
  public String sentence() {
    if (lastLayer < 2) {
      return "one layer only: nothing to compare";
    }
    String ratioText = Double.isFinite(ratio) ? String.format("%.2g", ratio) : "an undefined";
    return "layer " + firstLayer + " gets " + ratioText + " x the gradient of layer " + lastLayer
        + ": " + switch (kind) {
          case VANISHING -> "vanishing gradient";
          case EXPLODING -> "exploding gradient";
          case HEALTHY -> "healthy gradient flow";
          case UNKNOWN -> "no verdict";
        };
  }
}
