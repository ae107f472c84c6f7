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
import org.nnlab.core.data.TargetKind;
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
 * @param transform what it does to the raw outputs itself (softmax, a sigmoid, or nothing), as
 *     it declares it
 * @param targetsAreClasses whether it declares its targets to be classes, so that accuracy and
 *     the classification metrics apply whatever the data holds
 */
public record LossPlugin(Loss loss, ProviderInfo provider, Map<String, Object> resolved,
    OutputTransform transform, boolean targetsAreClasses) {

  /**
   * Builds the loss a configuration names.
   *
   * @param config the configuration
   * @param registry where plugins are found
   * @return the loss
   * @throws ConfigException when the name is unknown, an option is bad, or the loss's
   *     declarations contradict each other
   */
  public static LossPlugin create(ExperimentConfig config, Registry registry) {
    PluginRef ref = config.loss();
    ProviderInfo plugin = registry.lookup(PluginKind.LOSS, ref.name(), ref.location(),
        ref.namePath());
    LossProvider provider = (LossProvider) plugin.provider();
    YamlPluginOptions options = ref.pluginOptions();
    Loss loss = PluginBuild.create(plugin, ref, options, () -> provider.create(options));
    boolean softmax = PluginBuild.call(plugin, ref, "appliesSoftmax()", loss::appliesSoftmax);
    boolean sigmoid = PluginBuild.call(plugin, ref, "appliesSigmoid()", loss::appliesSigmoid);
    boolean classes = PluginBuild.call(plugin, ref, "targetsAreClasses()",
        loss::targetsAreClasses);
    if (softmax && sigmoid) {
      throw new ConfigException(ref.location(), ref.path(), plugin.describe() + " declares "
          + "that it applies both softmax and a sigmoid (appliesSoftmax() and appliesSigmoid() "
          + "return true); a loss applies at most one");
    }
    if (softmax && !classes) {
      throw new ConfigException(ref.location(), ref.path(), plugin.describe() + " applies "
          + "softmax but declares that its targets are not classes (targetsAreClasses() returns "
          + "false); a softmax loss's targets are classes");
    }
    OutputTransform transform = softmax ? OutputTransform.SOFTMAX
        : sigmoid ? OutputTransform.SIGMOID : OutputTransform.NONE;
    return new LossPlugin(loss, plugin, options.resolved(), transform, classes);
  }

  /**
   * What the loss makes of the targets: classes in a single output when it applies a sigmoid to
   * class targets, classes when it declares them, numbers otherwise.
   *
   * @return how the data's targets are encoded for it
   */
  public TargetKind targetKind() {
    if (!targetsAreClasses) {
      return TargetKind.VALUES;
    }
    return transform == OutputTransform.SIGMOID ? TargetKind.TWO_CLASSES_IN_ONE_OUTPUT
        : TargetKind.CLASSES;
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
        return transform == OutputTransform.SOFTMAX;
      }

      @Override
      public boolean appliesSigmoid() {
        return transform == OutputTransform.SIGMOID;
      }

      @Override
      public boolean targetsAreClasses() {
        return targetsAreClasses;
      }
    };
  }

  /**
   * Checks that the network's outputs suit the loss: a loss that applies softmax or a sigmoid
   * needs raw outputs (a linear last layer); softmax needs at least two outputs, and a sigmoid
   * over class targets exactly one.
   *
   * @throws ConfigException when they do not
   */
  public void checkOutputs(ExperimentConfig config, Network network) {
    if (transform == OutputTransform.NONE) {
      return;
    }
    PluginRef ref = config.loss();
    String applies = transform == OutputTransform.SOFTMAX ? "softmax" : "a sigmoid";
    LayerConfig last = config.model().layers().get(config.model().layers().size() - 1);
    if (!last.activation().name().equals("linear")) {
      throw new ConfigException(last.activation().location(), last.activation().namePath(),
          "loss '" + ref.name() + "' applies " + applies + " to the raw outputs itself, so the "
              + "last layer's activation must be linear, found '" + last.activation().name()
              + "'");
    }
    if (transform == OutputTransform.SOFTMAX && network.outputs() < 2) {
      throw new ConfigException(ref.location(), ref.path(),
          "loss '" + ref.name() + "' needs at least 2 outputs (one per class), found "
              + network.outputs());
    }
    if (targetKind() == TargetKind.TWO_CLASSES_IN_ONE_OUTPUT && network.outputs() != 1) {
      throw new ConfigException(ref.location(), ref.path(),
          "loss '" + ref.name() + "' applies a sigmoid to a single output, the probability of "
              + "the second of 2 classes, so the last layer needs 1 unit, found "
              + network.outputs());
    }
  }
}
