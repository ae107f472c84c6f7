package org.nnlab.api;

/**
 * A rule that changes parameters from their gradients, such as stochastic gradient descent.
 *
 * <p>The optimizer itself holds only its settings (learning rate, momentum...), never per-run
 * values, and is safe to share between threads. Whatever it must remember between steps (a
 * velocity, Adam's moment estimates) lives in the {@link OptimizerState} the engine keeps for
 * each parameter: {@link #stateArrays()} arrays of the parameter's size, zero at the start.
 */
public interface Optimizer {

  /**
   * How many arrays of per-entry state this optimizer needs for each parameter: 0 for plain SGD,
   * 1 for SGD with momentum (the velocity), 2 for Adam.
   *
   * @return at least 0
   */
  int stateArrays();

  /**
   * Applies one update to {@code parameter.values()} from {@code parameter.gradients()}.
   *
   * <p>Called once per parameter per batch, after the backward pass. Must not change the
   * gradients.
   *
   * @param parameter the parameter to update in place
   * @param state this parameter's own state; {@link OptimizerState#step()} is 1 on the first call
   */
  void update(Parameter parameter, OptimizerState state);
}
