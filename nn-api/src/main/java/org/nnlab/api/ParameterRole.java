package org.nnlab.api;

/**
 * What a {@link Parameter} is for, so that gradient statistics can report weights and biases
 * separately.
 */
public enum ParameterRole {
  /** Multiplies the layer's input, like a dense layer's weight matrix. */
  WEIGHTS,
  /** Is added to the layer's output, like a dense layer's bias vector. */
  BIASES
}
