package org.nnlab.api;

/**
 * Makes a {@link Loss} known to nnlab under a name, such as {@code "mse"}.
 *
 * <p>A configuration selects it with {@code loss: <name>} or {@code loss: {type: <name>, ...}}.
 */
public interface LossProvider extends Provider {

  /**
   * Builds the loss.
   *
   * @param options the options written next to the name; empty for the short form
   * @return a new or shared instance, never {@code null}
   * @throws InvalidOptionException when an option does not fit
   */
  Loss create(PluginOptions options);
}
