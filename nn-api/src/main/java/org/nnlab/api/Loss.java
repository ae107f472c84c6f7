package org.nnlab.api;

/**
 * A loss function over a batch: how far the network's outputs are from the targets, and the
 * gradient that starts back-propagation.
 *
 * <p>Instances hold no mutable state and are safe to share between threads.
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
}
