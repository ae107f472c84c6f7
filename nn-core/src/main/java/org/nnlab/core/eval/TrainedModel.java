package org.nnlab.core.eval;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.Matrix;
import org.nnlab.core.checkpoint.SavedState;
import org.nnlab.core.checkpoint.StateReader;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.config.Location;
import org.nnlab.core.data.ModelColumns;
import org.nnlab.core.data.Standardization;
import org.nnlab.core.data.TargetColumns;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.ModelBuilder;
import org.nnlab.core.model.Network;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.LossPlugin;

/**
 * A trained network ready for new data: its loss, the CSV columns it reads and the
 * standardization of its inputs.
 *
 * <p>A model saved by {@code nn train --save} carries the class names, column names and
 * training statistics in its {@code state} section, so its training data is not read. A
 * hand-written configuration with explicit weights and no {@code state} learns them as training
 * would: its training data is read (and standardized when {@code data.standardize} is set).
 */
public final class TrainedModel {
  private final ExperimentConfig config;
  private final Network network;
  private final LossPlugin loss;
  private final ModelColumns columns;
  private final Optional<Standardization> standardization;
  private final int batchRows;

  private TrainedModel(ExperimentConfig config, Network network, LossPlugin loss,
      ModelColumns columns, Optional<Standardization> standardization, int batchRows) {
    this.config = config;
    this.network = network;
    this.loss = loss;
    this.columns = columns;
    this.standardization = standardization;
    this.batchRows = batchRows;
  }

  /**
   * Builds a trained model from its configuration.
   *
   * @param config the configuration: a saved model, or one with every layer's weights given
   * @param registry where plugins are found
   * @param kernels the matrix kernels
   * @param batchRows the rows of each batch the model is given
   * @return the model
   * @throws ConfigException when a layer has no trained weights, a name or option is bad, or the
   *     saved state does not fit the network
   */
  public static TrainedModel load(ExperimentConfig config, Registry registry,
      MatrixKernels kernels, int batchRows) {
    LossPlugin loss = LossPlugin.create(config, registry);
    Network network = new ModelBuilder(registry,
        Experiment.kernels(config, kernels.threads()), config.engine().precision())
        .buildTrained(config.model(), config.seed(), batchRows);
    loss.checkOutputs(config, network);
    SavedState state = config.state().map(StateReader::read)
        .orElseGet(() -> Experiment.prepare(config, registry, kernels).learned(Optional.empty()));
    ModelColumns columns = ColumnLayout.of(config, state, network.inputs(), network.outputs(),
        loss.targetKind());
    return new TrainedModel(config, network, loss, columns,
        standardization(config, state, network.inputs()), batchRows);
  }

  private static Optional<Standardization> standardization(ExperimentConfig config,
      SavedState state, int inputs) {
    if (!config.standardize()) {
      return Optional.empty();
    }
    Location where = config.state().map(s -> s.keyLocation("standardization"))
        .orElse(Location.ofFile(config.file().toString()));
    Standardization stats = state.standardization().orElseThrow(() -> new ConfigException(
        where, "state", "data.standardize is true but the state has no standardization "
            + "statistics (mean and scale); save the model again with nn train --save"));
    if (stats.mean().length != inputs) {
      throw new ConfigException(where, KeyPaths.child("state.standardization", "mean"),
          "expected " + inputs + " numbers, one per input (model.inputs is " + inputs
              + "), found " + stats.mean().length);
    }
    return Optional.of(stats);
  }

  /** The configuration it was built from. */
  public ExperimentConfig config() {
    return config;
  }

  /** The network, its buffers sized for {@link #batchRows()}. */
  public Network network() {
    return network;
  }

  /** The loss the model was trained with. */
  public LossPlugin loss() {
    return loss;
  }

  /** The CSV columns it reads. */
  public ModelColumns columns() {
    return columns;
  }

  /** The rows of each batch it is given. */
  public int batchRows() {
    return batchRows;
  }

  /** Whether the targets are classes. */
  public boolean classification() {
    return !(columns.targets() instanceof TargetColumns.Values);
  }

  /** The class names in output order; empty for regression. */
  public List<String> classes() {
    if (columns.targets() instanceof TargetColumns.Labels labels) {
      return labels.classes();
    }
    return classification() ? columns.targets().names() : List.of();
  }

  /** The standardization applied to its inputs, when it was trained on standardized data. */
  public Optional<Standardization> standardization() {
    return standardization;
  }

  /** Standardizes a batch of inputs in place, as training did; does nothing otherwise. */
  void standardize(Matrix inputs) {
    standardization.ifPresent(stats -> stats.apply(inputs));
  }
}
