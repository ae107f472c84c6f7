package org.nnlab.core.train;

import java.util.Map;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.LayerConfig;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.YamlPluginOptions;
import org.nnlab.core.data.DataLoader;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.data.LoadedData;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.ModelBuilder;
import org.nnlab.core.model.Network;
import org.nnlab.core.registry.PluginBuild;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;

/**
 * Everything one training run needs, built and cross-checked from a configuration: the network,
 * the data fitted to it, the loss and the optimizer.
 *
 * @param config the configuration
 * @param network the network with its initial parameters
 * @param data the training data
 * @param loss the loss function
 * @param optimizer the optimizer
 * @param resolvedOptimizer the optimizer's options with defaults applied, for reports
 * @param resolvedLoss the loss's options with defaults applied, for reports
 * @param lossPlugin the loss's provider, to name it when it fails
 * @param optimizerPlugin the optimizer's provider, to name it when it fails
 */
public record Experiment(
    ExperimentConfig config,
    Network network,
    Dataset data,
    Loss loss,
    Optimizer optimizer,
    Map<String, Object> resolvedOptimizer,
    Map<String, Object> resolvedLoss,
    ProviderInfo lossPlugin,
    ProviderInfo optimizerPlugin) {

  /**
   * Prepares an experiment.
   *
   * @param config the validated configuration
   * @param registry where plugins are found
   * @param kernels the matrix kernels
   * @return the experiment, ready to train
   * @throws ConfigException when a name is unknown, an option is bad, or data and model disagree
   */
  public static Experiment prepare(
      ExperimentConfig config, Registry registry, MatrixKernels kernels) {
    PluginRef lossRef = config.loss();
    ProviderInfo lossPlugin = registry.lookup(PluginKind.LOSS, lossRef.name(),
        lossRef.location(), lossRef.namePath());
    LossProvider lossProvider = (LossProvider) lossPlugin.provider();
    YamlPluginOptions lossOptions = lossRef.pluginOptions();
    Loss loss = PluginBuild.create(lossPlugin, lossRef, lossOptions,
        () -> lossProvider.create(lossOptions));
    boolean softmax = PluginBuild.call(lossPlugin, lossRef, "appliesSoftmax()",
        loss::appliesSoftmax);
    PluginRef optimizerRef = config.optimizer();
    ProviderInfo optimizerPlugin = registry.lookup(PluginKind.OPTIMIZER, optimizerRef.name(),
        optimizerRef.location(), optimizerRef.namePath());
    OptimizerProvider optimizerProvider = (OptimizerProvider) optimizerPlugin.provider();
    YamlPluginOptions optimizerOptions = optimizerRef.pluginOptions();
    Optimizer optimizer = PluginBuild.create(optimizerPlugin, optimizerRef, optimizerOptions,
        () -> optimizerProvider.create(optimizerOptions));

    // No batch is larger than the data, so buffers for a larger batch_size would be wasted.
    LoadedData samples = DataLoader.read(config.data(), config.seed());
    int batchRows = Math.min(config.training().batchSize(), samples.size());
    Network network = new ModelBuilder(registry, kernels).build(config.model(), config.seed(),
        batchRows);
    if (softmax) {
      checkSoftmaxOutput(config, network, lossRef);
    }
    Dataset data = samples.fit(network.inputs(), network.outputs(), softmax);
    return new Experiment(config, network, data, loss, optimizer, optimizerOptions.resolved(),
        lossOptions.resolved(), lossPlugin, optimizerPlugin);
  }

  private static void checkSoftmaxOutput(ExperimentConfig config, Network network, PluginRef loss) {
    LayerConfig last = config.model().layers().get(config.model().layers().size() - 1);
    if (!last.activation().name().equals("linear")) {
      throw new ConfigException(last.activation().location(), last.activation().namePath(),
          "loss '" + loss.name() + "' applies softmax to the raw outputs itself, so the last "
              + "layer's activation must be linear, found '" + last.activation().name() + "'");
    }
    if (network.outputs() < 2) {
      throw new ConfigException(loss.location(), loss.path(),
          "loss '" + loss.name() + "' needs at least 2 outputs (one per class), found "
              + network.outputs());
    }
  }
}
