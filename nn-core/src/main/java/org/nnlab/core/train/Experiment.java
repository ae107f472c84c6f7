package org.nnlab.core.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.Precision;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.checkpoint.SavedState;
import org.nnlab.core.checkpoint.StateReader;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.EngineKeys;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.RootKeys;
import org.nnlab.core.config.ScheduleConfig;
import org.nnlab.core.config.YamlPluginOptions;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.data.Standardization;
import org.nnlab.core.internal.kernel.Backend;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.ModelBuilder;
import org.nnlab.core.model.Network;
import org.nnlab.core.registry.PluginBuild;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;

/**
 * Everything one training run needs, built and cross-checked from a configuration: the network,
 * the training and validation data fitted to it (and standardized, when asked), the loss, the
 * optimizer, and, for a saved run, what it had learned and where it stopped.
 *
 * @param config the configuration
 * @param network the network with its initial (or saved) parameters
 * @param data the training data
 * @param validation the validation data, if any
 * @param loss the loss function
 * @param optimizer the optimizer
 * @param resolvedOptimizer the optimizer's options with defaults applied, for reports
 * @param resolvedLoss the loss's options with defaults applied, for reports
 * @param standardization the input statistics applied to every data set, when standardizing
 * @param saved what the configuration's {@code state} section holds; {@link SavedState#NONE}
 *     for a configuration that was never trained by nnlab
 * @param warnings things the user should know that do not stop the run, one line each
 * @param lossPlugin the loss's provider, to name it when it fails
 * @param optimizerPlugin the optimizer's provider, to name it when it fails
 * @param outputTransform what the loss does to the outputs, which decides their class
 * @param kernels which kernels compute the layers' products, as the run header names them
 */
public record Experiment(
    ExperimentConfig config,
    Network network,
    Dataset data,
    Optional<Dataset> validation,
    Loss loss,
    Optimizer optimizer,
    Map<String, Object> resolvedOptimizer,
    Map<String, Object> resolvedLoss,
    Optional<Standardization> standardization,
    SavedState saved,
    List<String> warnings,
    ProviderInfo lossPlugin,
    ProviderInfo optimizerPlugin,
    OutputTransform outputTransform,
    MatrixKernels kernels) {

  /** Creates the record, copying the warnings. */
  public Experiment {
    warnings = List.copyOf(warnings);
  }

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
    LossPlugin loss = LossPlugin.create(config, registry);
    PluginRef optimizerRef = config.optimizer();
    ProviderInfo optimizerPlugin = registry.lookup(PluginKind.OPTIMIZER, optimizerRef.name(),
        optimizerRef.location(), optimizerRef.namePath());
    OptimizerProvider optimizerProvider = (OptimizerProvider) optimizerPlugin.provider();
    YamlPluginOptions optimizerOptions = optimizerRef.pluginOptions();
    Optimizer optimizer = PluginBuild.create(optimizerPlugin, optimizerRef, optimizerOptions,
        () -> optimizerProvider.create(optimizerOptions));
    Precision precision = config.engine().precision();
    if (!PluginBuild.call(optimizerPlugin, optimizerRef, "supports()",
        () -> optimizer.supports(precision))) {
      throw new ConfigException(optimizerRef.location(), optimizerRef.namePath(), "optimizer '"
          + optimizerRef.name() + "' computes in " + Precision.FLOAT64.configName()
          + " only, but engine.precision is " + precision.configName() + "; set engine.precision: "
          + Precision.FLOAT64.configName() + " (or --precision " + Precision.FLOAT64.configName()
          + ")");
    }
    SavedState saved = config.state().map(StateReader::read).orElse(SavedState.NONE);

    MatrixKernels run = kernels(config, kernels.threads());
    PreparedData prepared = PreparedData.load(config, saved, loss,
        batchRows -> new ModelBuilder(registry, run, config.engine().precision())
            .build(config.model(), config.seed(), batchRows));
    Network network = prepared.network();
    checkMonitor(config, prepared.training());
    saved.progress().ifPresent(progress -> StateReader.checkFits(progress, network,
        PluginBuild.call(optimizerPlugin, optimizerRef, "stateArrays()", optimizer::stateArrays),
        config));
    return new Experiment(config, network, prepared.training(), prepared.validation(),
        loss.loss(), optimizer, optimizerOptions.resolved(), loss.resolved(),
        prepared.standardization(), saved, prepared.warnings(), loss.provider(),
        optimizerPlugin, loss.transform(), run);
  }

  /**
   * What the run learned from its data, as a saved model's {@code state} carries it: the class
   * names, the column names and the standardization.
   *
   * @param progress where training stands, or empty for a model that only carries what it
   *     learned
   * @return the state
   */
  public SavedState learned(Optional<Progress> progress) {
    return new SavedState(standardization,
        data.classNames().isEmpty() ? Optional.empty() : Optional.of(data.classNames()),
        data.inputNames(), data.targetNames(), progress);
  }

  /**
   * The kernels of the configuration's {@code engine.backend} on {@code threads} threads.
   *
   * @throws ConfigException when the backend cannot run in this Java runtime
   */
  public static MatrixKernels kernels(ExperimentConfig config, int threads) {
    Backend backend = Backend.valueOf(config.engine().backend().toUpperCase(Locale.ROOT));
    try {
      return Kernels.create(backend, threads);
    } catch (IllegalStateException e) {
      throw new ConfigException(config.tree().keyLocation(RootKeys.ENGINE.name()),
          RootKeys.ENGINE.name() + "." + EngineKeys.BACKEND.name(), e.getMessage());
    }
  }

  /**
   * This experiment trained on other samples, encoded as its own training data is: for programs
   * that hold their data in memory, such as benchmarks. The network's batch buffers keep the size
   * the configuration gave them.
   *
   * @param inputs one row per sample, as many columns as the model has inputs
   * @param targets one row per sample, encoded as {@link #data()}'s targets
   * @param description what the data are, for the run header
   * @return a new experiment sharing everything else with this one
   * @throws IllegalArgumentException when the shapes differ from the training data's
   */
  public Experiment withTrainingData(Matrix inputs, Matrix targets, String description) {
    if (inputs.cols() != data.inputs().cols() || targets.cols() != data.targets().cols()
        || inputs.rows() != targets.rows()) {
      throw new IllegalArgumentException("expected rows of " + data.inputs().cols()
          + " inputs and " + data.targets().cols() + " target columns, found " + inputs.rows()
          + " x " + inputs.cols() + " inputs and " + targets.rows() + " x " + targets.cols()
          + " targets");
    }
    Dataset full = new Dataset(inputs, targets, data.classNames(), data.classification(),
        description, data.inputNames(), data.targetNames());
    return new Experiment(config, network, full, validation, loss, optimizer, resolvedOptimizer,
        resolvedLoss, standardization, saved, warnings, lossPlugin, optimizerPlugin,
        outputTransform, kernels);
  }

  private static void checkMonitor(ExperimentConfig config, Dataset data) {
    config.training().earlyStopping()
        .filter(e -> e.maximizes() && !data.classification())
        .ifPresent(e -> {
          throw new ConfigException(config.tree().keyLocation("training"),
              "training.early_stopping.monitor", "monitors '" + e.monitor() + "', but the "
                  + "targets are not classes, so there is no accuracy; monitor "
                  + (e.needsValidation() ? "val_loss" : "loss"));
        });
    config.schedule().filter(ScheduleConfig.ReduceOnPlateau.class::isInstance)
        .map(ScheduleConfig.ReduceOnPlateau.class::cast)
        .filter(s -> s.maximizes() && !data.classification())
        .ifPresent(s -> {
          throw new ConfigException(config.tree().keyLocation(RootKeys.OPTIMIZER.name()),
              "optimizer.schedule.monitor", "monitors '" + s.monitor() + "', but the "
                  + "targets are not classes, so there is no accuracy; monitor "
                  + (s.needsValidation() ? "val_loss" : "loss"));
        });
  }
}
