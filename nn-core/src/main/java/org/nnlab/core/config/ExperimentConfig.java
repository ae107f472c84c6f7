package org.nnlab.core.config;

import java.nio.file.Path;

/**
 * A validated model configuration: everything needed to build and train one network.
 *
 * @param file the YAML file it was read from
 * @param name the experiment's name, by default the file name without extension
 * @param seed the seed every random draw derives from
 * @param model the network
 * @param loss the loss function
 * @param optimizer the optimizer
 * @param training epochs, batch size, shuffling
 * @param data the training data
 * @param tree the YAML tree it was read from, after command-line overrides
 */
public record ExperimentConfig(
    Path file,
    String name,
    long seed,
    ModelConfig model,
    PluginRef loss,
    PluginRef optimizer,
    TrainingConfig training,
    DataConfig data,
    YamlMap tree) {
  /** The newest configuration format version this release reads. */
  public static final int FORMAT_VERSION = 1;

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 0;
}
