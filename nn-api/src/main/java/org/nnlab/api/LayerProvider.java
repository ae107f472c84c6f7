package org.nnlab.api;

/**
 * Makes a {@link Layer} type known to nnlab under a name, such as {@code "dense"}.
 *
 * <p>A configuration selects it with {@code type: <name>} in a layer entry.
 *
 * <p>A trained model is saved as a configuration in which each layer lists its parameters as
 * options under their {@link Parameter#name()}: a one-row {@link ParameterRole#BIASES} or {@link
 * ParameterRole#SCALES} parameter as a list of numbers, any other as a list of rows; and its
 * {@link Layer#buffers() buffers} likewise under their {@link Buffer#name()} (since 2.2). A
 * provider should accept those options (and use them instead of fresh initial values) so that a
 * saved model can be loaded, trained on and evaluated.
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
