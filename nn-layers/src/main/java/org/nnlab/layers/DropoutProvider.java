package org.nnlab.layers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;

/**
 * Provides {@code dropout}: option {@code rate} (default {@value #DEFAULT_RATE}, as PyTorch's),
 * the share of entries set to 0 in training, in [0, 1). It keeps the width of its input, has
 * no parameters, and computes in {@code float64} or {@code float32}, dropping the same entries in
 * both for the same seed.
 */
@AutoService(LayerProvider.class)
public final class DropoutProvider implements LayerProvider {
  /** The rate when the configuration gives none. */
  public static final double DEFAULT_RATE = 0.5;

  /** {@code rate}: the probability of dropping an entry, in [0, 1). */
  static final OptionDescription RATE = OptionDescription.of("rate",
      "the probability that an entry is set to 0 in training; kept ones are scaled by "
          + "1 / (1 - rate)").atLeast(0).lessThan(1);

  @Override
  public String name() {
    return "dropout";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "inverted dropout: z = x * mask / (1 - rate) in training, z = x in evaluation";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(RATE);
  }

  @Override
  public Layer create(LayerContext context) {
    double rate = Options.number(context.options(), RATE, DEFAULT_RATE);
    return new Dropout(context.inputSize(), rate, context.maxBatchRows(), context.random());
  }
}
