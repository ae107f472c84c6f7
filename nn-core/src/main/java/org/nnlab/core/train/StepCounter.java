package org.nnlab.core.train;

import org.nnlab.api.StepContext;

/** The engine's {@link StepContext}: one instance per run, advanced before every step. */
final class StepCounter implements StepContext {
  private final int stepsPerEpoch;
  private final long totalSteps;
  private long step;
  private int epoch;
  private double learningRate;

  StepCounter(int stepsPerEpoch, int epochs, long stepsDone, double learningRate) {
    this.stepsPerEpoch = stepsPerEpoch;
    this.totalSteps = (long) stepsPerEpoch * epochs;
    this.step = stepsDone;
    this.learningRate = learningRate;
  }

  /** Moves to the next step of {@code epoch}. */
  void advance(int epoch) {
    this.epoch = epoch;
    step++;
  }

  /** Continues the count of a resumed run. */
  void restore(long stepsDone) {
    this.step = stepsDone;
  }

  /** Sets the learning rate of the steps to come, as a schedule decides. */
  void learningRate(double rate) {
    this.learningRate = rate;
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public int epoch() {
    return epoch;
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
