package org.nnlab.core.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.LossProvider;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Provider;

/**
 * Finds the options a provider's {@code create} reads, by calling it with
 * {@link RecordingOptions}: first saying no option is written, then, if {@code create} refuses
 * that (a layer that needs {@code units} unless {@code weights} are given), saying every option
 * is. The provider's own {@link Provider#describeOptions()} adds what each option means and its
 * range.
 */
final class OptionProbe {
  /** The input width of the layer a layer type builds while it is asked. */
  static final int LAYER_INPUTS = 1;

  private OptionProbe() {}

  /**
   * Asks the provider; runs plugin code, so the caller gives it a time limit.
   *
   * @param provider the created provider
   * @return its options, in the order {@code create} reads them
   */
  static List<PluginOption> options(Provider provider) {
    Map<String, OptionDescription> described = new LinkedHashMap<>();
    List<OptionDescription> descriptions = provider.describeOptions();
    if (descriptions != null) {
      descriptions.forEach(d -> described.putIfAbsent(d.key(), d));
    }
    RecordingOptions absent = new RecordingOptions(false);
    try {
      build(provider, absent);
      return describe(absent.asked(), described);
    } catch (RuntimeException | LinkageError first) {
      RecordingOptions present = new RecordingOptions(true);
      try {
        build(provider, present);
      } catch (RuntimeException | LinkageError second) {
        throw first;
      }
      return describe(present.asked(), described);
    }
  }

  private static void build(Provider provider, PluginOptions options) {
    if (provider instanceof LayerProvider layers) {
      layers.create(new Context(options));
    } else if (provider instanceof ActivationProvider activations) {
      activations.create(options);
    } else if (provider instanceof OptimizerProvider optimizers) {
      optimizers.create(options);
    } else if (provider instanceof LossProvider losses) {
      losses.create(options);
    }
  }

  private static List<PluginOption> describe(List<PluginOption> asked,
      Map<String, OptionDescription> described) {
    List<PluginOption> options = new ArrayList<>();
    for (PluginOption option : asked) {
      options.add(new PluginOption(option.key(), option.kind(), option.defaultValue(),
          option.required(), Optional.ofNullable(described.get(option.key()))));
    }
    return options;
  }

  /** The context of a layer built only to see which options it reads. */
  private record Context(PluginOptions options) implements LayerContext {
    @Override
    public int inputSize() {
      return LAYER_INPUTS;
    }

    @Override
    public void initializeWeights(double[] weights, int fanIn, int fanOut) {
      // Left at zero: the layer is thrown away.
    }

    @Override
    public int maxBatchRows() {
      return 1;
    }

    @Override
    public RandomGenerator random() {
      return new SplittableRandom(0);
    }
  }
}
