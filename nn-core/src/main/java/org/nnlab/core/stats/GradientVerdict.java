package org.nnlab.core.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Compares the gradient reaching the first layer with the gradient of the last: the one number
 * that shows a vanishing or exploding gradient; and names a dead layer, which gets no gradient
 * at all.
 *
 * <p>The ratio is {@code grad_norms[first] / grad_norms[last]} of one epoch, where first and last
 * are the first and last layers <em>with weights</em>: a layer without weights (allowed by the
 * SPI) has no weight gradient, its norm is NaN, and it is left out. Below
 * {@value #VANISHING_BELOW} the first layer learns a hundred times slower than the last: the
 * gradient is vanishing. Above {@value #EXPLODING_ABOVE} it is exploding. In between it is
 * healthy.
 *
 * <p>A layer with weights whose weight gradient was exactly 0 in every batch of the epoch (a
 * mean norm of 0) is dead, whatever the ratio: it did not learn at all. When several are, the
 * verdict names the one with the largest share of dead units (the first of equals), since dead
 * units are what cut the gradient off.
 *
 * @param ratio first-layer gradient norm divided by last-layer gradient norm; NaN when fewer than
 *     two layers have weights
 * @param firstLayer the 1-based index of the first layer with weights, 0 when there is none
 * @param lastLayer the 1-based index of the last layer with weights, 0 when there is none
 * @param layers the number of layers in the network
 * @param kind the verdict
 * @param deadLayer the 1-based index of the dead layer named, 0 unless the kind is {@code DEAD}
 * @param deadFraction the share of that layer's units whose f'(z) was 0 for every sample of the
 *     epoch (ReLUs that never activated, units saturated all epoch), NaN when not measured or
 *     not dead
 */
public record GradientVerdict(double ratio, int firstLayer, int lastLayer, int layers, Kind kind,
    int deadLayer, double deadFraction) {
  /** Ratios below this are a vanishing gradient. */
  public static final double VANISHING_BELOW = 1e-2;

  /** Ratios above this are an exploding gradient. */
  public static final double EXPLODING_ABOVE = 1e2;

  /** The verdict's word. */
  public enum Kind {
    VANISHING("vanishing"),
    HEALTHY("healthy"),
    EXPLODING("exploding"),
    DEAD("dead"),
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

  /** Judges one epoch's gradient norms and dead units. */
  public static GradientVerdict of(EpochStats stats) {
    return of(stats.gradNorms(), stats.deadFractions());
  }

  /**
   * Judges a list of per-layer gradient norms, first layer first, without knowing the layers'
   * dead units; NaN entries (layers without weights) are left out.
   */
  public static GradientVerdict of(List<Double> gradNorms) {
    return of(gradNorms, Collections.nCopies(gradNorms.size(), Double.NaN));
  }

  /**
   * Judges per-layer gradient norms and shares of dead units, first layer first; NaN norms
   * (layers without weights) are left out, a NaN share is one that was not measured.
   */
  public static GradientVerdict of(List<Double> gradNorms, List<Double> deadFractions) {
    List<Integer> weighted = weightedLayers(gradNorms);
    int dead = deadLayer(gradNorms, deadFractions, weighted);
    double deadFraction = dead < 0 ? Double.NaN : deadFractions.get(dead);
    if (weighted.size() < 2) {
      int only = weighted.isEmpty() ? 0 : weighted.get(0) + 1;
      return new GradientVerdict(Double.NaN, only, only, gradNorms.size(),
          dead < 0 ? Kind.UNKNOWN : Kind.DEAD, dead + 1, deadFraction);
    }
    int first = weighted.get(0);
    int last = weighted.get(weighted.size() - 1);
    double ratio = gradNorms.get(first) / gradNorms.get(last);
    return new GradientVerdict(ratio, first + 1, last + 1, gradNorms.size(),
        dead < 0 ? kindOf(ratio, weighted.size()) : Kind.DEAD, dead + 1, deadFraction);
  }

  // The 0-based dead layer to name, -1 when no layer with weights had a zero gradient.
  private static int deadLayer(
      List<Double> gradNorms, List<Double> deadFractions, List<Integer> weighted) {
    int dead = -1;
    for (int layer : weighted) {
      if (gradNorms.get(layer) == 0.0 && (dead < 0 || share(deadFractions, layer)
          > share(deadFractions, dead))) {
        dead = layer;
      }
    }
    return dead;
  }

  private static double share(List<Double> deadFractions, int layer) {
    double share = deadFractions.get(layer);
    return Double.isNaN(share) ? -1 : share;
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
    if (kind == Kind.DEAD) {
      return deadSentence();
    }
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
          case DEAD, UNKNOWN -> "no verdict";
        };
  }

  private String deadSentence() {
    String units = Double.isNaN(deadFraction) ? ""
        : " (" + percent(deadFraction) + " of its units had f'(z) = 0 for every sample)";
    return "layer " + deadLayer + ": every weight gradient was 0 for the whole epoch" + units
        + ": a dead layer; likely causes: inputs on a large scale (try data.standardize: true) "
        + "or a learning rate that stepped into saturation";
  }

  // A share strictly between 0 and 1 never reads as 0% or 100%.
  private static String percent(double share) {
    long percent = Math.round(100 * share);
    if (share > 0 && share < 1) {
      percent = Math.min(99, Math.max(1, percent));
    }
    return percent + "%";
  }
}
