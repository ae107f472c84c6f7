package org.nnlab.api;

import java.util.List;

/**
 * A rule that changes parameters from their gradients, such as stochastic gradient descent.
 *
 * <p>The optimizer itself holds only its settings (learning rate, momentum...), never per-run
 * values, and is safe to share between threads. Whatever it must remember between steps (a
 * velocity, Adam's moment estimates) lives in the {@link OptimizerState} the engine keeps for the
 * run: {@link #stateArrays()} arrays per parameter, each of the parameter's size, zero at the
 * start. The engine saves that state with a checkpoint and restores it, so a resumed run takes
 * exactly the steps an uninterrupted one would.
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
   * The learning rate as configured. A learning-rate schedule starts from it; the rate to use in
   * a step is {@link StepContext#learningRate()}.
   *
   * @return a positive number
   */
  double learningRate();

  /**
   * Applies one update to every trainable parameter of the network, from its {@link
   * Parameter#gradients()}.
   *
   * <p>Called once per batch, after the backward pass, with the same list (in the same order) on
   * every call of a run. Changes {@link Parameter#values()} in place; must not change the
   * gradients. Optimizers that treat each entry on its own loop over the parameters; the whole
   * list is there for rules that need more (per-layer norms, say).
   *
   * @param parameters every trainable parameter of the network, layer by layer
   * @param state this run's state: {@code state.array(p, k)} is array {@code k} of parameter
   *     {@code p}
   * @param context the step number, epoch and learning rate
   */
  void step(List<Parameter> parameters, OptimizerState state, StepContext context);

  /**
   * Tells whether this optimizer computes in the given precision. nnlab asks before a run and refuses
   * a {@code float32} run, with a message naming the plugin, when the answer is no. An optimizer that says yes to {@link Precision#FLOAT32}
   * is given parameters and state whose arrays are floats ({@link Parameter#floatValues()},
   * {@link OptimizerState#floatArray}).
   *
   * <p>The default body says yes to {@link Precision#FLOAT64} only, which is right for every
   * optimizer written before 2.3.
   *
   * @param precision the run's precision
   * @return true when the optimizer handles it
   * @since 2.3
   */
  default boolean supports(Precision precision) {
    return precision == Precision.FLOAT64;
  }

  /**
   * Tells whether this optimizer updates each entry of a parameter from that entry alone: its
   * value, its gradient, its entries of the state arrays, and the {@link StepContext}. When it
   * does, nnlab calls {@link #stepRange} instead of {@link #step}: on ranges of each parameter's
   * entries, from several threads at once, each range right after nnlab's own pass over the same
   * entries (the copy it keeps to undo a step) and right before the next (the sums of squares
   * its divergence check reads), while they are in the cache.
   *
   * <p>The default body says no, so {@link #step} alone is called: right for every optimizer
   * written before 2.4, and for rules that need more than one entry at a time (a per-layer norm,
   * say).
   *
   * @return true when {@link #stepRange} updates any range exactly as {@link #step} would
   * @since 2.4
   */
  default boolean updatesEntriesIndependently() {
    return false;
  }

  /**
   * Applies one update to the entries {@code from} (inclusive) to {@code to} (exclusive) of one
   * parameter, giving them exactly the values, bit for bit, that {@link #step} would give them;
   * called only when {@link #updatesEntriesIndependently()} is true.
   *
   * <p>In one step nnlab covers every entry of every parameter exactly once, with one context;
   * calls for different ranges may run at the same time on different threads, so a call may
   * read and write only its own entries of {@code parameter}'s values and of the state arrays of
   * {@code index}, and must not change the gradients.
   *
   * <p>The default body throws {@link UnsupportedOperationException}: it is never called when
   * {@link #updatesEntriesIndependently()} keeps its default.
   *
   * @param parameter the parameter to update
   * @param index the parameter's position in the list {@link #step} is given, for {@code
   *     state.array(index, k)}
   * @param state this run's state
   * @param context the step number, epoch and learning rate
   * @param from the first entry to update
   * @param to one past the last entry to update
   * @since 2.4
   */
  default void stepRange(Parameter parameter, int index, OptimizerState state,
      StepContext context, int from, int to) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not update ranges of entries");
  }
}
