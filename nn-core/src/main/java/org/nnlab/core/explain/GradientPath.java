package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.stats.EpochStats;

/**
 * Why the first layer gets the gradient it gets, in the numbers that cause it. On its way down
 * from the last layer with weights (L) to a layer l, dL/dz is multiplied at every layer k from
 * L − 1 down to l by the weights above it and by f'(z_k): δ_k = (W_{k+1}ᵀ δ_{k+1}) ⊙ f'(z_k).
 * This record holds, per layer, the mean activation derivative, the running product of those
 * means from layer L − 1 down (the activations' share of the change), the bound that the
 * activation's peak |f'| puts on it (for the sigmoid 0.25 per layer: 0.25^10 = 9.5e-7 for ten
 * layers), and the measured ratio |dL/dW_l| / |dL/dW_L|; what the ratio has beyond the product
 * comes from the weights.
 *
 * @param layers per layer, first layer first
 * @param first the 1-based first layer with weights, 0 when there is none
 * @param last the 1-based last layer with weights, 0 when there is none
 */
public record GradientPath(List<Layer> layers, int first, int last) {

  /**
   * One layer's share.
   *
   * @param activation the activation's registered name
   * @param meanDerivative the mean of |f'(z)| over the layer's units and samples (for an epoch's
   *     statistics the mean of f'(z), which is the same for activations whose f' is never
   *     negative, as every built-in one)
   * @param peakDerivative the activation's largest |f'|
   * @param gradNorm the Frobenius norm of dL/dW, NaN for a layer without weights
   */
  public record Layer(String activation, double meanDerivative, double peakDerivative,
      double gradNorm) {}

  /** Creates the path, copying the layers. */
  public GradientPath {
    layers = List.copyOf(layers);
  }

  /** The path through layers whose weight-gradient norm is NaN where they have no weights. */
  public static GradientPath of(List<Layer> layers) {
    int first = 0;
    int last = 0;
    for (int l = 1; l <= layers.size(); l++) {
      if (!Double.isNaN(layers.get(l - 1).gradNorm())) {
        first = first == 0 ? l : first;
        last = l;
      }
    }
    return new GradientPath(layers, first, last);
  }

  /** The path of one epoch of training, from its statistics (which must be measured). */
  public static GradientPath of(EpochStats stats, Network network) {
    List<Layer> layers = new ArrayList<>();
    List<NetworkLayer> networkLayers = network.layers();
    for (int l = 0; l < networkLayers.size(); l++) {
      NetworkLayer layer = networkLayers.get(l);
      layers.add(new Layer(layer.description().activation(),
          stats.activationGradMeans().get(l), layer.profile().peakDerivative(),
          stats.gradNorms().get(l)));
    }
    return of(layers);
  }

  /** The number of layers whose f'(z) the gradient crosses from layer L down to layer l. */
  public int crossed(int l) {
    return last - l;
  }

  /** The product of the mean derivatives of layers l to L − 1: 1 for layer L itself. */
  public double product(int l) {
    double product = 1;
    for (int k = l; k < last; k++) {
      product *= layers.get(k - 1).meanDerivative();
    }
    return product;
  }

  /** The product of the peak derivatives of layers l to L − 1. */
  public double bound(int l) {
    double bound = 1;
    for (int k = l; k < last; k++) {
      bound *= layers.get(k - 1).peakDerivative();
    }
    return bound;
  }

  /** |dL/dW_l| / |dL/dW_L|; NaN for a layer without weights. */
  public double ratio(int l) {
    return layers.get(l - 1).gradNorm() / layers.get(last - 1).gradNorm();
  }

  /** The activation of every layer the gradient crosses down to the first, when they share one. */
  public Optional<String> sharedActivation() {
    if (last <= first) {
      return Optional.empty();
    }
    String name = layers.get(first - 1).activation();
    for (int k = first; k < last; k++) {
      if (!layers.get(k - 1).activation().equals(name)) {
        return Optional.empty();
      }
    }
    return Optional.of(name);
  }

  /** The geometric mean of the crossed layers' mean derivatives: product^(1 / layers). */
  public double perLayer() {
    return Math.pow(product(first), 1.0 / crossed(first));
  }

  /**
   * One clause for the verdict line, such as {@code mean sigmoid' per layer 0.21 -> 0.21^10 =
   * 1.7e-07, measured 1.8e-07}, where the crossed layers share one activation and the numbers are
   * defined; two significant digits, the same in every locale.
   */
  public Optional<String> summary() {
    Optional<String> activation = sharedActivation();
    double product = activation.isPresent() ? product(first) : Double.NaN;
    double measured = activation.isPresent() ? ratio(first) : Double.NaN;
    if (!(product > 0) || !Double.isFinite(product) || !Double.isFinite(measured)) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "mean %s' per layer %s -> %s^%d = %s, "
        + "measured %s", activation.get(), twoDigits(perLayer()), twoDigits(perLayer()),
        crossed(first), twoDigits(product), twoDigits(measured)));
  }

  /** Two significant digits, as the verdict writes its ratio. */
  static String twoDigits(double value) {
    return String.format(Locale.ROOT, "%.2g", value);
  }
}
