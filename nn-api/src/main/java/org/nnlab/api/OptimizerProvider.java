package org.nnlab.api;

/**
 * Makes an {@link Optimizer} known to nnlab under a name, such as {@code "sgd"}.
 *
 * <p>A configuration selects it with {@code optimizer: {type: <name>, learning_rate: 0.1, ...}}.
 */
public interface OptimizerProvider extends Provider {

  /**
   * Builds the optimizer from its settings.
   *
   * @param options the settings written next to the name, such as {@code learning_rate}
   * @return a new instance, never {@code null}
   * @throws InvalidOptionException when a setting does not fit
   */
  Optimizer create(PluginOptions options);
}
