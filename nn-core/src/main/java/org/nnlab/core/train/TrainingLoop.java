package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.checkpoint.EarlyStoppingProgress;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.checkpoint.ScheduleProgress;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.schedule.LearningRateSchedule;
import org.nnlab.core.stats.EpochStats;

/**
 * Trains an {@link Experiment} in mini-batch epochs and tells its listeners about every phase.
 *
 * <p>Each epoch shuffles the samples (if configured, from the seed), splits them into batches of
 * {@code batch_size} (the last one may be smaller), and for each batch runs one forward pass in
 * {@link Mode#TRAINING}, one backward pass of the batch-mean loss, the gradients' clipping (when
 * configured), and one optimizer step with the epoch's learning rate. After the last batch the
 * validation data, if any, is measured in {@link Mode#EVALUATION}, and the learning-rate
 * schedule moves on to the next epoch's rate. Every buffer is allocated before the first batch.
 *
 * <p>The loop itself only runs batches and epochs; what it reports and when it stops comes from
 * its listeners: divergence detection (always first), the gradient statistics (unless {@code
 * training.statistics} is {@code off}), early stopping (when configured), then the caller's own.
 */
public final class TrainingLoop {
  private final Experiment experiment;
  private final Network network;
  private final Dataset data;
  private final LossCall loss;
  private final TrainingConfig training;
  private final OptimizerStepper stepper;
  private final BatchSampler batches;
  private final Matrix outputGradient;
  private final Batch batch;
  private final StepCounter steps;
  private final GradientClipping clipping;
  private final LearningRateSchedule schedule;
  private final EpochMetrics metrics = new EpochMetrics();
  private final List<TrainingListener> listeners = new ArrayList<>();
  private final DivergenceCheck divergenceCheck;
  // The listeners after the divergence check, in order, that do something in each batch phase:
  // a listener that keeps an interface's empty default is not called per batch.
  private TrainingListener[] lossListeners = new TrainingListener[0];
  private TrainingListener[] backwardListeners = new TrainingListener[0];
  private TrainingListener[] stepListeners = new TrainingListener[0];
  private final Optional<Validation> validation;
  private final Optional<EarlyStopping> earlyStopping;
  private final List<EpochStats> history = new ArrayList<>();
  private int epochsCompleted;

  /**
   * Prepares training from the start, or from where a saved run stopped.
   *
   * @param experiment what to train
   * @param kernels the matrix kernels, for the statistics and checks
   */
  public TrainingLoop(Experiment experiment, MatrixKernels kernels) {
    this.experiment = experiment;
    this.network = experiment.network();
    this.data = experiment.data();
    this.loss = new LossCall(experiment.loss(), experiment.lossPlugin());
    this.training = experiment.config().training();
    this.stepper = new OptimizerStepper(network, experiment.optimizer(),
        experiment.optimizerPlugin(), kernels);
    this.batches = new BatchSampler(data, training.batchSize(), experiment.config().seed(),
        network.precision());
    this.outputGradient = new Matrix(batches.batchRows(), network.outputs());
    this.batch = new Batch(network, kernels, stepper);
    int stepsPerEpoch = (data.size() + batches.batchRows() - 1) / batches.batchRows();
    this.steps = new StepCounter(stepsPerEpoch, training.epochs(), 0, stepper.learningRate());
    this.clipping = GradientClipping.of(training, stepper.parameters());
    this.schedule = LearningRateSchedule.of(experiment.config().schedule(),
        stepper.learningRate(), training.epochs());
    this.validation = experiment.validation()
        .map(set -> new Validation(network, experiment.loss(), experiment.outputTransform(), set,
            batches.batchRows()));
    this.earlyStopping = training.earlyStopping().map(config -> new EarlyStopping(config,
        network));
    this.divergenceCheck = new DivergenceCheck(loss, stepper, outputGradient);
    listeners.add(divergenceCheck);
    if (training.statistics() == TrainingConfig.Statistics.EVERY_BATCH) {
      listeners.add(new GradientStatistics(network, kernels));
      stepper.measureChanges();
    }
    earlyStopping.ifPresent(listeners::add);
    sortListeners();
    experiment.saved().progress().ifPresent(this::resume);
  }

  private void resume(Progress state) {
    epochsCompleted = state.epochsCompleted();
    history.addAll(state.history());
    steps.restore(state.stepsCompleted());
    stepper.restore(state.optimizerState());
    List<NetworkLayer> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).stream().restore(state.streamPositions()[l]);
    }
    state.earlyStopping().ifPresent(progress -> earlyStopping.orElseThrow().restore(progress));
    state.schedule().ifPresent(progress -> schedule.restore(progress, epochsCompleted));
    if (training.shuffle()) {
      for (int e = 0; e < epochsCompleted; e++) {
        batches.shuffle();
      }
    }
  }

  /** Adds a listener after the standard ones; call before {@link #run}. */
  public TrainingLoop listen(TrainingListener listener) {
    listeners.add(listener);
    sortListeners();
    return this;
  }

  private void sortListeners() {
    List<TrainingListener> others = listeners.subList(1, listeners.size());
    lossListeners = overriding(others, "afterLoss");
    backwardListeners = overriding(others, "afterBackward");
    stepListeners = overriding(others, "afterStep");
  }

  // The listeners, in order, whose class has its own body for a batch method.
  private static TrainingListener[] overriding(List<TrainingListener> listeners, String method) {
    List<TrainingListener> found = new ArrayList<>();
    for (TrainingListener listener : listeners) {
      boolean own;
      try {
        own = listener.getClass().getMethod(method, Batch.class).getDeclaringClass()
            != TrainingListener.class;
      } catch (NoSuchMethodException e) {
        own = true;
      }
      if (own) {
        found.add(listener);
      }
    }
    return found.toArray(new TrainingListener[0]);
  }

  /**
   * Runs every remaining epoch, or until training diverges, a listener stops it, or {@code stop}
   * answers true (checked before every batch); an epoch cut short is not reported.
   *
   * @param stop asked before every batch whether to stop (Ctrl-C)
   * @return the statistics of every completed epoch and how training ended
   */
  public TrainingResult run(BooleanSupplier stop) {
    TrainingResult result = null;
    for (int epoch = epochsCompleted + 1; epoch <= training.epochs() && result == null;
        epoch++) {
      result = runEpoch(epoch, stop);
    }
    if (result == null) {
      result = end(Optional.empty(), false, Optional.empty());
    }
    for (TrainingListener listener : listeners) {
      listener.onTrainingEnd(result);
    }
    return result;
  }

  /**
   * Trains one more epoch, whatever {@code training.epochs} says, as calling Keras' {@code fit}
   * again continues training: for benchmarks, which time one epoch at a time.
   *
   * @return the epoch's statistics, or empty when training diverged (or a listener stopped it)
   */
  public Optional<EpochStats> trainOneMoreEpoch() {
    TrainingResult result = runEpoch(epochsCompleted + 1, () -> false);
    return result == null ? Optional.of(history.get(history.size() - 1)) : Optional.empty();
  }

  /** Runs every remaining epoch without a way to interrupt it. */
  public TrainingResult run() {
    return run(() -> false);
  }

  // Returns the result when training ends with this epoch, null when it goes on.
  private TrainingResult runEpoch(int epoch, BooleanSupplier stop) {
    for (TrainingListener listener : listeners) {
      listener.onEpochStart(epoch);
    }
    metrics.reset();
    batch.epochStarted();
    steps.learningRate(schedule.rate());
    if (training.shuffle()) {
      batches.shuffle();
    }
    int rows = batches.batchRows();
    int index = 0;
    for (int start = 0; start < batches.size(); start += rows) {
      if (stop.getAsBoolean()) {
        return end(Optional.empty(), true, Optional.empty());
      }
      index++;
      Optional<Divergence> divergence;
      try {
        divergence = step(epoch, index, start, Math.min(rows, batches.size() - start));
      } catch (PluginCallException e) {
        return new TrainingResult(history, Optional.empty(),
            Optional.of(PluginFailure.of(epoch, index, e)), false, Optional.empty());
      }
      if (divergence.isPresent()) {
        return end(divergence, false, Optional.empty());
      }
    }
    EpochStats stats = finishEpoch(epoch);
    TrainingControl control = new TrainingControl();
    for (TrainingListener listener : listeners) {
      listener.onEpochEnd(stats, control);
    }
    return control.stopRequested().map(reason -> end(Optional.empty(), false,
        Optional.of(reason))).orElse(null);
  }

  private Optional<Divergence> step(int epoch, int index, int start, int rows) {
    batches.gather(start, rows);
    outputGradient.resizeRows(rows);
    Matrix inputs = batches.inputs();
    Matrix targets = batches.targets();
    batch.start(epoch, index, inputs, targets);
    Matrix output = network.forward(inputs, Mode.TRAINING);
    double batchLoss = loss.evaluate(output, targets, outputGradient);
    batch.lossComputed(output, batchLoss);
    if (afterLoss()) {
      return batch.divergence();
    }
    metrics.record(batchLoss, data.classification() ? Accuracy.correct(output, targets, experiment.outputTransform()) : 0,
        rows);
    network.backward(inputs, outputGradient);
    batch.gradientsComputed();
    if (afterBackward()) {
      return batch.divergence();
    }
    if (clipping.active()) {
      clipping.clip(batch.gradientSquares());
    }
    steps.advance(epoch);
    stepper.step(steps);
    batch.stepped();
    try {
      if (afterStep()) {
        stepper.undo();
        return batch.divergence();
      }
    } catch (PluginCallException e) {
      stepper.undo();
      throw e;
    }
    return Optional.empty();
  }

  // Each tells the listeners about a phase of the batch, the divergence check first, as long as
  // none of them found a divergence; true when one did. Listeners that keep the interface's empty
  // default for the phase are not called: calling them would change nothing.
  private boolean afterLoss() {
    divergenceCheck.afterLoss(batch);
    for (int i = 0; i < lossListeners.length && !batch.diverged(); i++) {
      lossListeners[i].afterLoss(batch);
    }
    return batch.diverged();
  }

  private boolean afterBackward() {
    divergenceCheck.afterBackward(batch);
    for (int i = 0; i < backwardListeners.length && !batch.diverged(); i++) {
      backwardListeners[i].afterBackward(batch);
    }
    return batch.diverged();
  }

  private boolean afterStep() {
    divergenceCheck.afterStep(batch);
    for (int i = 0; i < stepListeners.length && !batch.diverged(); i++) {
      stepListeners[i].afterStep(batch);
    }
    return batch.diverged();
  }

  private EpochStats finishEpoch(int epoch) {
    double valLoss = Double.NaN;
    double valAccuracy = Double.NaN;
    if (validation.isPresent()) {
      Evaluator evaluator = validation.get().measure();
      valLoss = evaluator.loss();
      valAccuracy = evaluator.accuracy();
    }
    EpochRecord record = new EpochRecord(epoch, metrics.loss(),
        metrics.accuracy(data.classification()), valLoss, valAccuracy, steps.learningRate());
    for (TrainingListener listener : listeners) {
      listener.measureEpoch(record);
    }
    EpochStats stats = record.build();
    history.add(stats);
    epochsCompleted = epoch;
    schedule.epochEnded(stats);
    return stats;
  }

  private TrainingResult end(Optional<Divergence> divergence, boolean interrupted,
      Optional<EarlyStop> stopped) {
    return new TrainingResult(history, divergence, Optional.empty(), interrupted, stopped);
  }

  /** The epochs completed so far, those of a resumed run's earlier sessions included. */
  public int epochsCompleted() {
    return epochsCompleted;
  }

  /**
   * Captures everything a checkpoint needs besides the model itself, as of now: call it between
   * epochs (from {@link TrainingListener#onEpochEnd}, or after {@link #run}).
   *
   * @return an independent copy
   */
  public Progress progress() {
    List<NetworkLayer> layers = network.layers();
    long[] positions = new long[layers.size()];
    for (int l = 0; l < layers.size(); l++) {
      positions[l] = layers.get(l).stream().position();
    }
    return new Progress(epochsCompleted, steps.step(), history, stepper.copyOfState(),
        positions, earlyStopping.map(EarlyStopping::progress), schedule.progress());
  }

  /**
   * Records {@link #progress()} as of now into {@code saved}, reusing its arrays: what {@link
   * EpochSnapshot} keeps after every epoch, at a cost that does not grow with the history.
   */
  void captureProgress(SavedProgress saved) {
    saved.epochsCompleted = epochsCompleted;
    saved.stepsCompleted = steps.step();
    saved.historySize = history.size();
    if (saved.optimizerState == null) {
      saved.optimizerState = stepper.copyOfState();
      saved.streamPositions = new long[network.layers().size()];
      saved.bestParameters = earlyStopping.map(EarlyStopping::newParameterArrays).orElse(null);
    } else {
      stepper.copyStateInto(saved.optimizerState);
    }
    List<NetworkLayer> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      saved.streamPositions[l] = layers.get(l).stream().position();
    }
    saved.earlyStopping = earlyStopping.map(stopping -> stopping.copyProgress(
        saved.bestParameters));
    saved.schedule = schedule.progress();
  }

  /** The {@link Progress} a {@link #captureProgress} recorded: a copy, as {@link #progress()}. */
  Progress progress(SavedProgress saved) {
    double[][][] state = new double[saved.optimizerState.length][][];
    for (int p = 0; p < state.length; p++) {
      state[p] = new double[saved.optimizerState[p].length][];
      for (int k = 0; k < state[p].length; k++) {
        state[p][k] = saved.optimizerState[p][k].clone();
      }
    }
    Optional<EarlyStoppingProgress> stopping = saved.earlyStopping.map(progress -> {
      double[][] best = new double[progress.bestParameters().length][];
      for (int p = 0; p < best.length; p++) {
        best[p] = progress.bestParameters()[p].clone();
      }
      return new EarlyStoppingProgress(progress.best(), progress.bestEpoch(),
          progress.epochsWithoutImprovement(), best);
    });
    return new Progress(saved.epochsCompleted, saved.stepsCompleted,
        history.subList(0, saved.historySize), state, saved.streamPositions.clone(), stopping,
        saved.schedule);
  }

  /** What {@link #captureProgress} records; its arrays are allocated once and reused. */
  static final class SavedProgress {
    private int epochsCompleted;
    private long stepsCompleted;
    private int historySize;
    private double[][][] optimizerState;
    private long[] streamPositions;
    private double[][] bestParameters;
    private Optional<EarlyStoppingProgress> earlyStopping;
    private Optional<ScheduleProgress> schedule;
  }

  /** The experiment being trained. */
  public Experiment experiment() {
    return experiment;
  }

  /** The validation data and the evaluator that measures it, both allocated once. */
  private static final class Validation {
    private final Evaluator evaluator;
    private final BatchSampler batches;

    Validation(Network network, Loss loss, OutputTransform transform, Dataset data,
        int batchRows) {
      this.evaluator = new Evaluator(network, loss, data.classification(), transform, batchRows);
      this.batches = BatchSampler.inOrder(data, batchRows, network.precision());
    }

    Evaluator measure() {
      evaluator.reset();
      evaluator.addAll(batches);
      return evaluator;
    }
  }
}
