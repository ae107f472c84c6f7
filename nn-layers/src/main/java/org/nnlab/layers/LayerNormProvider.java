package org.nnlab.layers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;

/**
 * Provides {@code layer_norm}, as PyTorch's {@code LayerNorm} over the features: option {@code
 * eps} (default {@value #DEFAULT_EPS}), and {@code gamma} (default all 1) and {@code beta}
 * (default all 0) to start from given values. It keeps the width of its input, and computes in
 * {@code float64} or {@code float32} (γ and β then floats, given values rounded to float).
 */
@AutoService(LayerProvider.class)
public final class LayerNormProvider implements LayerProvider {
  /** ε when the configuration gives none. */
  public static final double DEFAULT_EPS = 1e-5;

  /** {@code eps}: added to the variance, greater than 0. */
  static final OptionDescription EPS = OptionDescription.of("eps",
      "added to the variance before its square root").greaterThan(0);

  /** {@code gamma}: one scale per feature. */
  static final OptionDescription GAMMA = OptionDescription.of("gamma",
      "initial scales, one per feature; default: all 1");

  /** {@code beta}: one shift per feature. */
  static final OptionDescription BETA = OptionDescription.of("beta",
      "initial shifts, one per feature; default: all 0");

  @Override
  public String name() {
    return "layer_norm";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "layer normalisation over each sample's features, as torch.nn.LayerNorm: "
        + "z = gamma (x - mean) / sqrt(var + eps) + beta";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(EPS, GAMMA, BETA);
  }

  @Override
  public Layer create(LayerContext context) {
    double eps = Options.number(context.options(), EPS, DEFAULT_EPS);
    LayerNorm layer =
        new LayerNorm(context.inputSize(), eps, context.maxBatchRows(), context.precision());
    Options.vector(context.options(), GAMMA, layer.gamma(), 1.0);
    Options.vector(context.options(), BETA, layer.beta(), 0.0);
    return layer;
  }
}
