package org.nnlab.api;

/**
 * What a forward pass is for, as PyTorch's {@code module.train()} and {@code module.eval()}.
 *
 * <p>A layer that behaves the same either way (such as a dense layer) ignores it. A layer that
 * differs uses it: dropout drops units only in {@link #TRAINING}; batch normalisation uses the
 * batch's statistics in {@link #TRAINING} and its running statistics in {@link #EVALUATION}.
 */
public enum Mode {
  /**
   * A training step: {@link Layer#backward} follows with the same input, and the layer may
   * update what it learns from batches (running statistics) and draw from its random stream.
   */
  TRAINING,

  /**
   * Evaluation or prediction: no backward pass follows, nothing is learned, nothing is random;
   * the output depends on the input and the layer's parameters and state alone.
   */
  EVALUATION
}
