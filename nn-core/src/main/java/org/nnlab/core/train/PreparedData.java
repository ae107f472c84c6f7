package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.nnlab.core.checkpoint.SavedState;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.ValidationConfig;
import org.nnlab.core.data.DataLoader;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.data.LoadedData;
import org.nnlab.core.data.Standardization;
import org.nnlab.core.data.TargetKind;
import org.nnlab.core.data.ValidationSplit;
import org.nnlab.core.init.Seeds;
import org.nnlab.core.model.Network;

/**
 * The data of one run, read and fitted to its network: the training rows, the validation rows
 * (held out, or from a source of their own, with the training data's class numbering), and the
 * standardization measured on the training rows and applied to both.
 */
record PreparedData(Network network, Dataset training, Optional<Dataset> validation,
    Optional<Standardization> standardization, List<String> warnings) {

  /**
   * Loads the data and builds the network, whose batch buffers are sized by the data's size.
   *
   * @param config the configuration
   * @param saved a saved run's state, whose class names and statistics are reused
   * @param loss the loss, which the network's outputs are checked against before the data is
   *     fitted, and which decides how the targets are encoded
   * @param network builds the network for a largest batch of the given rows
   */
  static PreparedData load(ExperimentConfig config, SavedState saved, LossPlugin loss,
      IntFunction<Network> network) {
    LoadedData samples = DataLoader.read(config.data(), config.seed());
    // No batch is larger than the data, so buffers for a larger batch_size would be wasted.
    Network built = network.apply(Math.min(config.training().batchSize(), samples.size()));
    loss.checkOutputs(config, built);
    TargetKind kind = loss.targetKind();
    Dataset all = samples.fit(built.inputs(), built.outputs(), kind, saved.classes());
    Dataset training = all;
    Optional<Dataset> validation = Optional.empty();
    if (config.validation().orElse(null) instanceof ValidationConfig.Fraction fraction) {
      ValidationSplit.Parts parts = ValidationSplit.split(all, fraction.fraction(),
          Seeds.stream(config.seed(), Seeds.VALIDATION_SPLIT));
      checkNotEmpty(parts, fraction, all.size());
      training = parts.training();
      validation = Optional.of(parts.validation());
    } else if (config.validation().orElse(null) instanceof ValidationConfig.Source source) {
      Optional<List<String>> classes = all.classNames().isEmpty() ? Optional.empty()
          : Optional.of(all.classNames());
      validation = Optional.of(DataLoader.read(source.data(), config.seed(),
          Seeds.VALIDATION_DATA).fit(built.inputs(), built.outputs(), kind, classes));
    }
    List<String> warnings = new ArrayList<>();
    Optional<Standardization> standardization = Optional.empty();
    if (config.standardize()) {
      Standardization stats = saved.standardization().orElse(null);
      if (stats == null) {
        stats = Standardization.fit(training.inputs());
        for (int column : stats.constantColumns(training.inputs())) {
          warnings.add("data.standardize: input column " + columnName(training, column)
              + " is constant in the training rows; it is centred but not scaled");
        }
      }
      stats.apply(training.inputs());
      if (validation.isPresent()) {
        stats.apply(validation.get().inputs());
      }
      standardization = Optional.of(stats);
    }
    return new PreparedData(built, training, validation, standardization, warnings);
  }

  private static void checkNotEmpty(ValidationSplit.Parts parts,
      ValidationConfig.Fraction fraction, int samples) {
    if (parts.training().size() == 0 || parts.validation().size() == 0) {
      throw new ConfigException(fraction.location(), "validation.fraction",
          "holding out " + fraction.fraction() + " of " + DataLoader.count(samples, "sample")
              + " leaves " + (parts.validation().size() == 0 ? "no validation samples"
              : "no samples to train on") + "; use more data or another fraction");
    }
  }

  private static String columnName(Dataset data, int column) {
    return data.inputNames().size() > column ? "'" + data.inputNames().get(column) + "'"
        : Integer.toString(column + 1);
  }
}
