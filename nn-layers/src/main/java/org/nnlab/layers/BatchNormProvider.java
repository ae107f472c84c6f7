package org.nnlab.layers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;

/**
 * Provides {@code batch_norm}, as PyTorch's {@code BatchNorm1d}: options {@code momentum}
 * (default {@value #DEFAULT_MOMENTUM}) and {@code eps} (default {@value #DEFAULT_EPS}); {@code
 * gamma} (default all 1) and {@code beta} (default all 0) to start from given values; and the
 * running statistics {@code running_mean} (default all 0) and {@code running_var} (default all
 * 1), which a saved model carries. It keeps the width of its input, and computes in {@code
 * float64} or {@code float32} (γ and β then floats, given values rounded to float; the running
 * statistics stay doubles).
 */
@AutoService(LayerProvider.class)
public final class BatchNormProvider implements LayerProvider {
  /** The momentum of the running statistics when the configuration gives none. */
  public static final double DEFAULT_MOMENTUM = 0.1;

  /** ε when the configuration gives none. */
  public static final double DEFAULT_EPS = 1e-5;

  /** {@code momentum}: the weight of each batch in the running statistics, in [0, 1]. */
  static final OptionDescription MOMENTUM = OptionDescription.of("momentum",
      "the weight m of each training batch in the running statistics: r = (1 - m) r + m s")
      .atLeast(0).atMost(1);

  /** {@code eps}: added to the variance, greater than 0. */
  static final OptionDescription EPS = OptionDescription.of("eps",
      "added to the variance before its square root").greaterThan(0);

  /** {@code gamma}: one scale per feature. */
  static final OptionDescription GAMMA = OptionDescription.of("gamma",
      "initial scales, one per feature; default: all 1");

  /** {@code beta}: one shift per feature. */
  static final OptionDescription BETA = OptionDescription.of("beta",
      "initial shifts, one per feature; default: all 0");

  /** {@code running_mean}: the running mean, one per feature. */
  static final OptionDescription RUNNING_MEAN = OptionDescription.of("running_mean",
      "the running mean used in evaluation, one per feature; default: all 0; saved by training");

  /** {@code running_var}: the running variance, one per feature. */
  static final OptionDescription RUNNING_VAR = OptionDescription.of("running_var",
      "the running (unbiased) variance used in evaluation, one per feature; default: all 1; "
          + "saved by training").atLeast(0);

  @Override
  public String name() {
    return "batch_norm";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "batch normalisation, as torch.nn.BatchNorm1d: z = gamma (x - mean) / sqrt(var + eps)"
        + " + beta, batch statistics in training, running statistics in evaluation";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(MOMENTUM, EPS, GAMMA, BETA, RUNNING_MEAN, RUNNING_VAR);
  }

  @Override
  public Layer create(LayerContext context) {
    double momentum = Options.number(context.options(), MOMENTUM, DEFAULT_MOMENTUM);
    double eps = Options.number(context.options(), EPS, DEFAULT_EPS);
    BatchNorm layer = new BatchNorm(context.inputSize(), momentum, eps, context.maxBatchRows(),
        context.precision());
    Options.vector(context.options(), GAMMA, layer.gamma(), 1.0);
    Options.vector(context.options(), BETA, layer.beta(), 0.0);
    Options.vector(context.options(), RUNNING_MEAN, layer.runningMean().values(), 0.0);
    Options.vector(context.options(), RUNNING_VAR, layer.runningVar().values(), 1.0);
    Options.notNegative(RUNNING_VAR, layer.runningVar().values());
    return layer;
  }
}
