package org.nnlab.core.train;

/**
 * Where training produced a value that is not finite, and what it was. The network keeps the
 * parameters it had before the failing batch.
 *
 * @param epoch the 1-based epoch
 * @param batch the 1-based batch within the epoch
 * @param layer the 1-based layer concerned, or 0 when the problem is the loss itself
 * @param what what went wrong, such as {@code the weight gradient is NaN}
 */
public record Divergence(int epoch, int batch, int layer, String what) {

  /** One line for the user: where, what, what was kept, and what to try. */
  public String message() {
    return "training diverged at epoch " + epoch + ", batch " + batch + ": "
        + (layer > 0 ? "layer " + layer + ": " : "") + what
        + "; the model keeps its values from before this batch (try a smaller learning rate)";
  }
}
