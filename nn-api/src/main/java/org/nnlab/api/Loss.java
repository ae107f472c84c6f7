package org.nnlab.api;

/**
 * A loss function over a batch: how far the network's outputs are from the targets, and the
 * gradient that starts back-propagation.
 *
 * <p>Instances hold no mutable state and are safe to share between threads.
 *
 * <p>A loss always computes in {@code double}: in a {@code float32} run (since 2.3) it is given
 * the network's outputs widened exactly to doubles, and the gradient it writes is rounded to
 * floats for the backward pass. Its work is a pass over batch x outputs values, small beside
 * the layers'.
 */
public interface Loss {

  /**
   * Computes the batch loss and its gradient with respect to the outputs.
   *
   * <p>The loss is a mean over the batch's rows, so that the gradients of a batch are the mean
   * of the per-sample gradients. {@code gradient} receives dL/d(output) of that mean.
   *
   * <p>Only the first {@code rows() * cols()} entries of each matrix belong to the batch: the
   * engine reuses buffers sized for its largest batch, so the arrays may be longer, and entries
   * beyond must be neither read nor written.
   *
   * @param output the network's outputs, {@code rows x cols}, read only
   * @param target the targets, same shape as {@code output}, read only
   * @param gradient same shape as {@code output}, overwritten with dL/d(output)
   * @return the loss of the batch
   */
  double evaluate(Matrix output, Matrix target, Matrix gradient);

  /**
   * Tells whether this loss turns the raw outputs into probabilities itself (softmax), as a fused
   * softmax cross-entropy does. The last layer must then have the linear activation, and the
   * targets are classes.
   *
   * @return {@code false} unless the loss applies its own output transform
   */
  default boolean appliesSoftmax() {
    return false;
  }

  /**
   * Tells whether this loss turns each raw output z into a probability itself with the logistic
   * sigmoid σ(z) = 1 / (1 + e^−z), as a fused binary cross-entropy does. The last layer must then
   * have the linear activation. When the targets are also classes ({@link #targetsAreClasses()}),
   * the model has exactly one output for two classes: σ(z) is the probability of the second
   * class, 1 − σ(z) that of the first, and a sample is predicted to be of the second class when
   * z ≥ 0. A loss may not apply both softmax and a sigmoid.
   *
   * @return {@code false} unless the loss applies a sigmoid to each output
   * @since 2.2
   */
  default boolean appliesSigmoid() {
    return false;
  }

  /**
   * Tells whether the targets are classes, so that accuracy and the classification metrics
   * apply: each target row is one-hot over the outputs (one column of class indices or class
   * labels is encoded so), or, for one output, 0 or 1 for the first or second of two classes.
   * A loss that applies softmax must say yes.
   *
   * @return {@link #appliesSoftmax()} unless overridden
   * @since 2.2
   */
  default boolean targetsAreClasses() {
    return appliesSoftmax();
  }
}
