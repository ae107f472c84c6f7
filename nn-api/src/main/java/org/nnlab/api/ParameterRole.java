package org.nnlab.api;

/**
 * What a {@link Parameter} is for, so that gradient statistics can report weights and biases
 * separately, and leave out what is neither.
 *
 * <p>The engine's per-layer gradient statistics and its vanishing-gradient verdict measure the
 * {@link #WEIGHTS} of a layer only: a layer without weights (a normalisation or dropout layer)
 * is left out of the ratio of the first to the last layer.
 */
public enum ParameterRole {
  /** Multiplies the layer's input, like a dense layer's weight matrix. */
  WEIGHTS,
  /** Is added to the layer's output, like a dense layer's bias vector. */
  BIASES,
  /**
   * Multiplies the layer's output feature by feature, like a normalisation layer's {@code gamma};
   * a one-row vector, saved as a list of numbers like {@link #BIASES}. Gradient statistics count
   * it neither as weights nor as biases.
   *
   * @since 2.2
   */
  SCALES
}
