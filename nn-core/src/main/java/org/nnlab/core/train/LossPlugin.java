package org.nnlab.core.train;

import java.util.Map;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.LayerConfig;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.YamlPluginOptions;
import org.nnlab.core.model.Network;
import org.nnlab.core.registry.PluginBuild;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;

/**
 * A configuration's loss, built through the registry, as training and evaluation both use it.
 *
 * @param loss the loss
 * @param provider its provider, to name it when it fails
 * @param resolved its options with defaults applied, for reports
 * @param appliesSoftmax whether it turns the raw outputs into probabilities itself, so that the
 *     outputs are logits and the targets classes
 */
public record LossPlugin(
    Loss loss, ProviderInfo provider, Map<String, Object> resolved, boolean appliesSoftmax) {

  /**
   * Builds the loss a configuration names.
   *
   * @param config the configuration
   * @param registry where plugins are found
   * @return the loss
   * @throws ConfigException when the name is unknown or an option is bad
   */
  public static LossPlugin create(ExperimentConfig config, Registry registry) {
    PluginRef ref = config.loss();
    ProviderInfo plugin = registry.lookup(PluginKind.LOSS, ref.name(), ref.location(),
        ref.namePath());
    LossProvider provider = (LossProvider) plugin.provider();
    YamlPluginOptions options = ref.pluginOptions();
    Loss loss = PluginBuild.create(plugin, ref, options, () -> provider.create(options));
    boolean softmax = PluginBuild.call(plugin, ref, "appliesSoftmax()", loss::appliesSoftmax);
    return new LossPlugin(loss, plugin, options.resolved(), softmax);
  }

  /**
   * The loss, with whatever it throws turned into a {@link PluginCallException} that names its
   * provider, for use outside the training loop (which guards its calls itself).
   */
  public Loss guarded() {
    return new Loss() {
      @Override
      public double evaluate(Matrix output, Matrix target, Matrix gradient) {
        try {
          return loss.evaluate(output, target, gradient);
        } catch (Throwable e) {
          throw PluginCallException.threw(provider, "evaluate()", 0, e);
        }
      }

      @Override
      public boolean appliesSoftmax() {
        return appliesSoftmax;
      }
    };
  }

  /**
   * Checks that the network's outputs suit the loss: a loss that applies softmax needs raw
   * outputs (a linear last layer) and at least two of them.
   *
   * @throws ConfigException when they do not
   */
  public void checkOutputs(ExperimentConfig config, Network network) {
    if (!appliesSoftmax) {
      return;
    }
    PluginRef ref = config.loss();
    LayerConfig last = config.model().layers().get(config.model().layers().size() - 1);
    if (!last.activation().name().equals("linear")) {
      throw new ConfigException(last.activation().location(), last.activation().namePath(),
          "loss '" + ref.name() + "' applies softmax to the raw outputs itself, so the last "
              + "layer's activation must be linear, found '" + last.activation().name() + "'");
    }
    if (network.outputs() < 2) {
      throw new ConfigException(ref.location(), ref.path(),
          "loss '" + ref.name() + "' needs at least 2 outputs (one per class), found "
              + network.outputs());
    }
  }
}
