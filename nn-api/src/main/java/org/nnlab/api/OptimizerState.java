package org.nnlab.api;

/**
 * What an {@link Optimizer} remembers between steps: for each parameter of the network,
 * {@link Optimizer#stateArrays()} arrays of the parameter's size, zero at the start.
 *
 * <p>Created and kept by the engine, one per run. The optimizer reads and writes the arrays in
 * {@link Optimizer#step}; the engine writes them into a checkpoint and reads them back, so the
 * arrays are the whole state: an optimizer must keep nothing anywhere else.
 *
 * <p>The arrays have the run's precision: {@link #array} in a {@link Precision#FLOAT64} run,
 * {@link #floatArray} in a {@link Precision#FLOAT32} one.
 */
public final class OptimizerState {
  private final double[][][] arrays;
  private final float[][][] floatArrays;
  private final int arraysPerParameter;

  /**
   * Creates zero state of doubles.
   *
   * @param arraysPerParameter how many arrays each parameter gets, at least 0
   * @param sizes the size of each parameter, in the order the optimizer will see them
   */
  public OptimizerState(int arraysPerParameter, int... sizes) {
    this(arraysPerParameter, Precision.FLOAT64, sizes);
  }

  /**
   * Creates zero state in the given precision.
   *
   * @param arraysPerParameter how many arrays each parameter gets, at least 0
   * @param precision whether the arrays hold doubles or floats
   * @param sizes the size of each parameter, in the order the optimizer will see them
   * @since 2.3
   */
  public OptimizerState(int arraysPerParameter, Precision precision, int... sizes) {
    if (arraysPerParameter < 0) {
      throw new IllegalArgumentException("invalid optimizer state: " + arraysPerParameter
          + " arrays per parameter");
    }
    for (int size : sizes) {
      if (size < 0) {
        throw new IllegalArgumentException("invalid parameter size " + size);
      }
    }
    this.arraysPerParameter = arraysPerParameter;
    boolean doubles = precision == Precision.FLOAT64;
    this.arrays = doubles ? new double[sizes.length][][] : null;
    this.floatArrays = doubles ? null : new float[sizes.length][][];
    for (int p = 0; p < sizes.length; p++) {
      if (doubles) {
        arrays[p] = new double[arraysPerParameter][sizes[p]];
      } else {
        floatArrays[p] = new float[arraysPerParameter][sizes[p]];
      }
    }
  }

  /**
   * One state array of a {@link Precision#FLOAT64} run, such as a parameter's velocity.
   *
   * @param parameter the parameter's position in the list given to {@link Optimizer#step}
   * @param index from 0 to {@code Optimizer.stateArrays() - 1}
   * @return the live array, of the parameter's size
   * @throws IllegalStateException if the state holds floats
   */
  public double[] array(int parameter, int index) {
    if (arrays == null) {
      throw new IllegalStateException("this optimizer state holds float32 values: use floatArray");
    }
    return arrays[parameter][index];
  }

  /**
   * One state array of a {@link Precision#FLOAT32} run.
   *
   * @param parameter the parameter's position in the list given to {@link Optimizer#step}
   * @param index from 0 to {@code Optimizer.stateArrays() - 1}
   * @return the live array, of the parameter's size
   * @throws IllegalStateException if the state holds doubles
   * @since 2.3
   */
  public float[] floatArray(int parameter, int index) {
    if (floatArrays == null) {
      throw new IllegalStateException("this optimizer state holds float64 values: use array");
    }
    return floatArrays[parameter][index];
  }

  /**
   * {@return whether the arrays hold doubles or floats}
   *
   * @since 2.3
   */
  public Precision precision() {
    return arrays != null ? Precision.FLOAT64 : Precision.FLOAT32;
  }

  /** {@return the number of parameters this state is kept for} */
  public int parameters() {
    return arrays != null ? arrays.length : floatArrays.length;
  }

  /** {@return the number of arrays each parameter has} */
  public int arraysPerParameter() {
    return arraysPerParameter;
  }
}
