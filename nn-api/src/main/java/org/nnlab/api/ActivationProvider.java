package org.nnlab.api;

/**
 * Makes an {@link Activation} known to nnlab under a name.
 *
 * <p>Register an implementation for {@link java.util.ServiceLoader}, for example with
 * {@code @AutoService(ActivationProvider.class)}. A configuration then selects it with
 * {@code activation: <name>}, or {@code activation: {type: <name>, option: value}} when the
 * activation takes options.
 */
public interface ActivationProvider extends Provider {

  /**
   * Builds the activation.
   *
   * @param options the options written next to the name; empty for the short form
   * @return a new or shared instance, never {@code null}
   * @throws InvalidOptionException when an option does not fit
   */
  Activation create(PluginOptions options);
}
