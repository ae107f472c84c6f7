package org.nnlab.core.train;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.model.ParameterCopy;
import org.nnlab.core.schedule.LearningRateSchedule;

/**
 * The next step training would make, made in the open for {@code nn explain} with the trainer's
 * own parts: the samples of the next epoch's first batch in the order {@link TrainingLoop} takes
 * them (shuffled from the seed when asked), passes forward and back through the same loss call,
 * and one optimizer step with the state and step number training would give it.
 *
 * <p>For a model that was never trained that is the first batch of epoch 1 and step 1, with zero
 * optimizer state; for a saved run, the first batch of the epoch after the last it completed,
 * with its saved optimizer state, step count and random streams.
 */
public final class TrainingStep {
  private final Network network;
  private final LossCall loss;
  private final OptimizerStepper stepper;
  private final StepCounter steps;
  private final int epoch;
  private final int[] firstBatch;
  private final Matrix outputGradient;
  private final GradientClipping clipping;
  private boolean stepped;

  /** Prepares the next step of an experiment's training. */
  public TrainingStep(Experiment experiment) {
    this.network = experiment.network();
    this.loss = new LossCall(experiment.loss(), experiment.lossPlugin());
    this.stepper = new OptimizerStepper(network, experiment.optimizer(),
        experiment.optimizerPlugin(), Kernels.singleThreaded());
    TrainingConfig training = experiment.config().training();
    // Only the sample order is read, no batch gathered: FLOAT64 spares a float copy of the data.
    BatchSampler batches = new BatchSampler(experiment.data(), training.batchSize(),
        experiment.config().seed(), Precision.FLOAT64);
    int rows = batches.batchRows();
    int stepsPerEpoch = (batches.size() + rows - 1) / rows;
    Optional<Progress> progress = experiment.saved().progress();
    this.steps = new StepCounter(stepsPerEpoch, training.epochs(),
        progress.map(Progress::stepsCompleted).orElse(0L), stepper.learningRate());
    progress.ifPresent(this::restore);
    int completed = progress.map(Progress::epochsCompleted).orElse(0);
    LearningRateSchedule schedule = LearningRateSchedule.of(experiment.config().schedule(),
        stepper.learningRate(), training.epochs());
    progress.flatMap(Progress::schedule).ifPresent(saved -> schedule.restore(saved, completed));
    steps.learningRate(schedule.rate());
    this.clipping = GradientClipping.of(training, stepper.parameters());
    this.epoch = completed + 1;
    if (training.shuffle()) {
      // As a resumed loop does: once per completed epoch, then once as the epoch starts.
      for (int e = 0; e < epoch; e++) {
        batches.shuffle();
      }
    }
    this.firstBatch = new int[rows];
    for (int r = 0; r < rows; r++) {
      firstBatch[r] = batches.sampleAt(r);
    }
    this.outputGradient = new Matrix(rows, network.outputs());
  }

  private void restore(Progress progress) {
    stepper.restore(progress.optimizerState());
    List<NetworkLayer> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).stream().restore(progress.streamPositions()[l]);
    }
  }

  /** The 1-based epoch the step belongs to. */
  public int epoch() {
    return epoch;
  }

  /** The number of the step over the whole run: 1 for a model never trained. */
  public long number() {
    return stepped ? steps.step() : steps.step() + 1;
  }

  /** The data rows (0-based) of the epoch's first batch, in the order training takes them. */
  public int[] firstBatch() {
    return firstBatch.clone();
  }

  /**
   * Runs a batch forward in {@link Mode#TRAINING}, through the loss, and back, leaving every
   * buffer of the network and every parameter's gradient as training would.
   *
   * @param inputs at most as many rows as the first batch
   * @param targets as many rows as {@code inputs}
   * @return the batch-mean loss
   */
  public double pass(Matrix inputs, Matrix targets) {
    outputGradient.resizeRows(inputs.rows());
    Matrix output = network.forward(inputs, Mode.TRAINING);
    double value = loss.evaluate(output, targets, outputGradient);
    network.backward(inputs, outputGradient);
    return value;
  }

  /** dL/d(output) of the last {@link #pass}, as the loss wrote it. */
  public Matrix outputGradient() {
    return outputGradient;
  }

  /**
   * Makes the optimizer's step from the gradients of the last {@link #pass}, as training makes
   * it (after clipping them, when {@code training} asks for it); once only.
   */
  public void step() {
    checkState(!stepped, "the step was made already");
    if (clipping.active()) {
      // The same sums training's Batch hands the clipping.
      List<Parameter> parameters = stepper.parameters();
      double[] squares = new double[parameters.size()];
      for (int p = 0; p < squares.length; p++) {
        squares[p] = ParameterCopy.gradientSquares(Kernels.singleThreaded(), parameters.get(p));
      }
      clipping.clip(squares);
    }
    steps.advance(epoch);
    stepper.step(steps);
    stepped = true;
  }

  /** The optimizer's state: as training has it before the step, and as it leaves it after. */
  public OptimizerState state() {
    return stepper.state();
  }

  /** The step's context: the step number, epoch and learning rate the optimizer gets. */
  public StepContext context() {
    return steps;
  }

  /** The learning rate the optimizer gets for this step. */
  public double learningRate() {
    return steps.learningRate();
  }

  /** The values of parameter {@code p} (network order) before the step. */
  public double[] before(int p) {
    checkState(stepped, "no step was made yet");
    return stepper.before(p).widened();
  }
}
