package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A validated model configuration: everything needed to build and train one network.
 *
 * @param file the YAML file it was read from
 * @param name the experiment's name, by default the file name without extension
 * @param seed the seed every random draw derives from
 * @param model the network
 * @param loss the loss function
 * @param optimizer the optimizer
 * @param schedule how the learning rate changes from epoch to epoch, if it does
 * @param training epochs, batch size, shuffling
 * @param engine precision and kernels
 * @param data the training data
 * @param standardize whether inputs are standardized with the training data's column statistics
 * @param validation the validation data, if any
 * @param state what a saved run learned and where it stopped ({@code state:}, written by
 *     {@code --save}), if this is a saved run
 * @param tree the YAML tree it was read from, after command-line overrides
 */
public record ExperimentConfig(
    Path file,
    String name,
    long seed,
    ModelConfig model,
    PluginRef loss,
    PluginRef optimizer,
    Optional<ScheduleConfig> schedule,
    TrainingConfig training,
    EngineConfig engine,
    DataConfig data,
    boolean standardize,
    Optional<ValidationConfig> validation,
    Optional<YamlMap> state,
    YamlMap tree) {
  /** The newest configuration format version this release reads and writes. */
  public static final int FORMAT_VERSION = 2;

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 0;
}
