package org.nnlab.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the gradient reaching the first layer with the gradient of the last: the one number
 * that shows a vanishing or exploding gradient.
 *
 * <p>The ratio is {@code grad_norms[first] / grad_norms[last]} of one epoch, where first and last
 * are the first and last layers <em>with weights</em>: a layer without weights (allowed by the
 * SPI) has no weight gradient, its norm is NaN, and it is left out. Below
 * {@value #VANISHING_BELOW} the first layer learns a hundred times slower than the last: the
 * gradient is vanishing. Above {@value #EXPLODING_ABOVE} it is exploding. In between it is
 * healthy.
 *
 * @param ratio first-layer gradient norm divided by last-layer gradient norm; NaN when fewer than
 *     two layers have weights
 * @param firstLayer the 1-based index of the first layer with weights, 0 when there is none
 * @param lastLayer the 1-based index of the last layer with weights, 0 when there is none
 * @param layers the number of layers in the network
 * @param kind the verdict
 */
public record GradientVerdict(double ratio, int firstLayer, int lastLayer, int layers, Kind kind) {
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

  /**
   * Judges a list of per-layer gradient norms, first layer first; NaN entries (layers without
   * weights) are left out.
   */
  public static GradientVerdict of(List<Double> gradNorms) {
    List<Integer> weighted = weightedLayers(gradNorms);
    if (weighted.size() < 2) {
      int only = weighted.isEmpty() ? 0 : weighted.get(0) + 1;
      return new GradientVerdict(Double.NaN, only, only, gradNorms.size(), Kind.UNKNOWN);
    }
    int first = weighted.get(0);
    int last = weighted.get(weighted.size() - 1);
    double ratio = gradNorms.get(first) / gradNorms.get(last);
    return new GradientVerdict(ratio, first + 1, last + 1, gradNorms.size(),
        kindOf(ratio, weighted.size()));
  }

  /** The 0-based indices of the layers that have weights: those whose norm is not NaN. */
  public static List<Integer> weightedLayers(List<Double> gradNorms) {
    List<Integer> weighted = new ArrayList<>();
    for (int i = 0; i < gradNorms.size(); i++) {
      if (!Double.isNaN(gradNorms.get(i))) {
        weighted.add(i);
      }
    }
    return weighted;
  }

  /**
   * The verdict on a first/last ratio of a network with {@code layers} layers with weights:
   * {@code UNKNOWN} when the ratio is undefined (NaN or infinite) or there are fewer than two
   * such layers to compare.
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
   * gradient}. The number has two significant digits and is written the same in every locale.
   */
  public String sentence() {
    if (layers < 2) {
      return "one layer only: nothing to compare";
    }
    if (firstLayer == lastLayer) {
      return (firstLayer == 0 ? "no layer has weights" : "only layer " + firstLayer
          + " has weights") + ": nothing to compare";
    }
    String ratioText =
        Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.2g", ratio) : "an undefined";
    return "layer " + firstLayer + " gets " + ratioText + " x the gradient of layer " + lastLayer
        + ": " + switch (kind) {
          case VANISHING -> "vanishing gradient";
          case EXPLODING -> "exploding gradient";
          case HEALTHY -> "healthy gradient flow";
          case UNKNOWN -> "no verdict";
        };
  }
}
