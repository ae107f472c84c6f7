package org.nnlab.api;

/**
 * Where training stands when an {@link Optimizer} makes a step: which step of which epoch, how
 * many there will be, and the learning rate to use now.
 *
 * <p>Supplied by the engine and valid only during {@link Optimizer#step}; the engine reuses one
 * instance, so an optimizer must not keep it.
 */
public interface StepContext {

  /**
   * The number of this step over the whole run: 1 for the first batch of the first epoch, and
   * counting on across epochs (and across a resumed run). Adam's bias correction uses it.
   *
   * @return at least 1
   */
  long step();

  /**
   * The 1-based epoch this step belongs to.
   *
   * @return at least 1
   */
  int epoch();

  /**
   * How many steps (batches) each epoch has.
   *
   * @return at least 1
   */
  int stepsPerEpoch();

  /**
   * How many steps the whole run will make if it trains every configured epoch.
   *
   * @return at least {@link #step()}
   */
  long totalSteps();

  /**
   * The learning rate for this step: the optimizer's own {@link Optimizer#learningRate()} as a
   * learning-rate schedule, if one is configured, has changed it for this epoch. An optimizer
   * uses this value, never its configured one directly, so that schedules work with every
   * optimizer.
   *
   * @return a positive number
   */
  double learningRate();
}
