package org.nnlab.api;

/**
 * Makes a {@link Layer} type known to nnlab under a name, such as {@code "dense"}.
 *
 * <p>A configuration selects it with {@code type: <name>} in a layer entry.
 */
public interface LayerProvider extends Provider {

  /**
   * Builds a layer with initialised parameters.
   *
   * @param context the input size, the options and the weight initialiser
   * @return a new layer, never {@code null}
   * @throws InvalidOptionException when an option does not fit
   */
  Layer create(LayerContext context);
}
