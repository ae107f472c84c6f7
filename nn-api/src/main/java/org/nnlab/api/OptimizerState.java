package org.nnlab.api;

/**
 * What an {@link Optimizer} remembers between steps: for each parameter of the network,
 * {@link Optimizer#stateArrays()} arrays of the parameter's size, zero at the start.
 *
 * <p>Created and kept by the engine, one per run. The optimizer reads and writes the arrays in
 * {@link Optimizer#step}; the engine writes them into a checkpoint and reads them back, so the
 * arrays are the whole state: an optimizer must keep nothing anywhere else.
 */
public final class OptimizerState {
  private final double[][][] arrays;
  private final int arraysPerParameter;

  /**
   * Creates zero state.
   *
   * @param arraysPerParameter how many arrays each parameter gets, at least 0
   * @param sizes the size of each parameter, in the order the optimizer will see them
   */
  public OptimizerState(int arraysPerParameter, int... sizes) {
    if (arraysPerParameter < 0) {
      throw new IllegalArgumentException("invalid optimizer state: " + arraysPerParameter
          + " arrays per parameter");
    }
    this.arraysPerParameter = arraysPerParameter;
    this.arrays = new double[sizes.length][][];
    for (int p = 0; p < sizes.length; p++) {
      if (sizes[p] < 0) {
        throw new IllegalArgumentException("invalid parameter size " + sizes[p]);
      }
      arrays[p] = new double[arraysPerParameter][sizes[p]];
    }
  }

  /**
   * One state array, such as a parameter's velocity.
   *
   * @param parameter the parameter's position in the list given to {@link Optimizer#step}
   * @param index from 0 to {@code Optimizer.stateArrays() - 1}
   * @return the live array, of the parameter's size
   */
  public double[] array(int parameter, int index) {
    return arrays[parameter][index];
  }

  /** {@return the number of parameters this state is kept for} */
  public int parameters() {
    return arrays.length;
  }

  /** {@return the number of arrays each parameter has} */
  public int arraysPerParameter() {
    return arraysPerParameter;
  }
}
