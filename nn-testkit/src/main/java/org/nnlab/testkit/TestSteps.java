package org.nnlab.testkit;

import org.nnlab.api.StepContext;

/**
 * A {@link StepContext} for calling an optimizer in tests the way the engine does: {@link
 * #next()} advances to the next step before each {@code Optimizer.step}.
 *
 * <pre>{@code
 * TestSteps steps = TestSteps.withLearningRate(0.1);
 * OptimizerState state = new OptimizerState(optimizer.stateArrays(), w.size());
 * optimizer.step(List.of(w), state, steps.next());
 * }</pre>
 *
 * <p>Every epoch has {@value #STEPS_PER_EPOCH} steps and the run {@value #TOTAL_STEPS}, unless
 * given otherwise.
 */
public final class TestSteps implements StepContext {
  /** Steps per epoch when none are given. */
  public static final int STEPS_PER_EPOCH = 10;

  /** Total steps of the run when none are given. */
  public static final long TOTAL_STEPS = 1_000_000;

  private final int stepsPerEpoch;
  private final long totalSteps;
  private double learningRate;
  private long step;

  private TestSteps(double learningRate, int stepsPerEpoch, long totalSteps) {
    if (!(learningRate > 0) || stepsPerEpoch < 1 || totalSteps < 1) {
      throw new IllegalArgumentException("invalid steps: learning rate " + learningRate + ", "
          + stepsPerEpoch + " steps per epoch, " + totalSteps + " in all");
    }
    this.learningRate = learningRate;
    this.stepsPerEpoch = stepsPerEpoch;
    this.totalSteps = totalSteps;
  }

  /**
   * Steps with a fixed learning rate, before the first step.
   *
   * @param learningRate the rate {@link #learningRate()} reports, positive
   * @return the steps
   */
  public static TestSteps withLearningRate(double learningRate) {
    return new TestSteps(learningRate, STEPS_PER_EPOCH, TOTAL_STEPS);
  }

  /**
   * Steps with a fixed learning rate and a given run length, before the first step.
   *
   * @param learningRate the rate {@link #learningRate()} reports, positive
   * @param stepsPerEpoch steps per epoch, at least 1
   * @param totalSteps steps of the whole run, at least 1
   * @return the steps
   */
  public static TestSteps of(double learningRate, int stepsPerEpoch, long totalSteps) {
    return new TestSteps(learningRate, stepsPerEpoch, totalSteps);
  }

  /**
   * Advances to the next step; call it before each {@code Optimizer.step}.
   *
   * @return this context, now at the next step
   */
  public TestSteps next() {
    step++;
    return this;
  }

  /**
   * Changes the learning rate from the next step on, as a schedule would.
   *
   * @param learningRate the new rate, positive
   * @return this context
   */
  public TestSteps learningRate(double learningRate) {
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learning rate must be positive, found " + learningRate);
    }
    this.learningRate = learningRate;
    return this;
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public int epoch() {
    return (int) ((step - 1) / stepsPerEpoch) + 1;
  }

  @Override
  public int stepsPerEpoch() {
    return stepsPerEpoch;
  }

  @Override
  public long totalSteps() {
    return Math.max(totalSteps, step);
  }

  @Override
  public double learningRate() {
    return learningRate;
  }
}
