package org.nnlab.api;

/**
 * The memory an {@link Optimizer} keeps for one parameter between steps.
 *
 * <p>Created by the engine with {@link Optimizer#stateArrays()} zero arrays of the parameter's
 * size. The engine advances {@link #step()} before each update; the optimizer reads and writes
 * the arrays.
 */
public final class OptimizerState {
  private final double[][] arrays;
  private long step;

  /**
   * Creates zero state.
   *
   * @param arrays the number of arrays, at least 0
   * @param size the length of each array: the parameter's size
   */
  public OptimizerState(int arrays, int size) {
    if (arrays < 0 || size < 0) {
      throw new IllegalArgumentException("invalid optimizer state " + arrays + " x " + size);
    }
    this.arrays = new double[arrays][size];
  }

  /**
   * One state array, such as a velocity.
   *
   * @param index from 0 to {@code Optimizer.stateArrays() - 1}
   * @return the live array
   */
  public double[] array(int index) {
    return arrays[index];
  }

  /**
   * The number of the update being made: 1 during the first call to {@link Optimizer#update}, 2
   * during the second, and so on. Adam uses it for bias correction.
   *
   * @return at least 1 during an update
   */
  public long step() {
    return step;
  }

  /** Advances {@link #step()} by one; called by the engine before each update. */
  public void advance() {
    step++;
  }
}
