package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.init.Seeds;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.GradientStatistics;

/**
 * Trains an {@link Experiment} in mini-batch epochs.
 *
 * <p>Each epoch shuffles the samples (if configured, from the seed), splits them into batches of
 * {@code batch_size} (the last one may be smaller), and for each batch runs one forward pass, one
 * backward pass of the batch-mean loss, and one optimizer step. Every buffer is allocated before
 * the first batch.
 *
 * <p>A loss, gradient or parameter that is not finite stops training at once; the parameters are
 * restored to their values before that batch and the result says where it happened.
 */
public final class Trainer {
  private final Experiment experiment;
  private final MatrixKernels kernels;
  private final Network network;
  private final Dataset data;
  private final Loss loss;
  private final Optimizer optimizer;
  private final TrainingConfig training;
  private final GradientStatistics statistics;
  private final List<List<Parameter>> layerParameters = new ArrayList<>();
  private final List<List<OptimizerState>> optimizerStates = new ArrayList<>();
  private final double[][][] before;
  private final int[] order;
  private final SplittableRandom shuffleRandom;
  private final Matrix batchInputs;
  private final Matrix batchTargets;
  private final Matrix outputGradient;

  /**
   * Prepares training.
   *
   * @param experiment what to train
   * @param kernels the matrix kernels, for statistics
   */
  public Trainer(Experiment experiment, MatrixKernels kernels) {
    this.experiment = experiment;
    this.kernels = kernels;
    this.network = experiment.network();
    this.data = experiment.data();
    this.loss = experiment.loss();
    this.optimizer = experiment.optimizer();
    this.training = experiment.config().training();
    this.statistics = new GradientStatistics(network, kernels);
    int layers = network.layers().size();
    this.before = new double[layers][][];
    for (int l = 0; l < layers; l++) {
      List<Parameter> parameters = network.layers().get(l).layer().parameters();
      layerParameters.add(parameters);
      List<OptimizerState> states = new ArrayList<>();
      before[l] = new double[parameters.size()][];
      for (int p = 0; p < parameters.size(); p++) {
        states.add(new OptimizerState(optimizer.stateArrays(), parameters.get(p).size()));
        before[l][p] = new double[parameters.get(p).size()];
      }
      optimizerStates.add(states);
    }
    this.order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.shuffleRandom = Seeds.stream(experiment.config().seed(), Seeds.SHUFFLE);
    int rows = Math.min(training.batchSize(), data.size());
    this.batchInputs = new Matrix(rows, network.inputs());
    this.batchTargets = new Matrix(rows, network.outputs());
    this.outputGradient = new Matrix(rows, network.outputs());
  }

  /** The experiment being trained. */
  public Experiment experiment() {
    return experiment;
  }

  /**
   * Runs every configured epoch, or until training diverges.
   *
   * @param listener told about each completed epoch
   * @return the statistics of every completed epoch, and the divergence if any
   */
  public TrainingResult train(TrainingListener listener) {
    return train(listener, () -> false);
  }

  /**
   * Runs every configured epoch, until training diverges, or until {@code stop} answers true
   * (checked before every batch); an epoch cut short is not reported.
   *
   * @param listener told about each completed epoch
   * @param stop asked before every batch whether to stop
   * @return the statistics of every completed epoch, the divergence if any, and whether training
   *     was stopped early
   */
  public TrainingResult train(TrainingListener listener, BooleanSupplier stop) {
    List<EpochStats> epochs = new ArrayList<>();
    for (int epoch = 1; epoch <= training.epochs(); epoch++) {
      Optional<Divergence> divergence;
      try {
        divergence = runEpoch(epoch, stop);
      } catch (StopRequested e) {
        return new TrainingResult(epochs, Optional.empty(), true);
      }
      if (divergence.isPresent()) {
        return new TrainingResult(epochs, divergence, false);
      }
      EpochStats stats = statistics.finishEpoch(epoch, data.classification());
      epochs.add(stats);
      listener.onEpoch(stats);
    }
    return new TrainingResult(epochs, Optional.empty(), false);
  }

  private Optional<Divergence> runEpoch(int epoch, BooleanSupplier stop) {
    statistics.startEpoch();
    if (training.shuffle()) {
      shuffle();
    }
    int batchSize = Math.min(training.batchSize(), data.size());
    int batch = 0;
    for (int start = 0; start < order.length; start += batchSize) {
      if (stop.getAsBoolean()) {
        throw new StopRequested();
      }
      batch++;
      int rows = Math.min(batchSize, order.length - start);
      gather(start, rows);
      Optional<Divergence> divergence = step(epoch, batch);
      if (divergence.isPresent()) {
        return divergence;
      }
    }
    return Optional.empty();
  }

  private Optional<Divergence> step(int epoch, int batch) {
    Matrix output = network.forward(batchInputs);
    double batchLoss = loss.evaluate(output, batchTargets, outputGradient);
    if (!Double.isFinite(batchLoss)) {
      return Optional.of(forwardDivergence(epoch, batch, batchLoss));
    }
    int rows = batchInputs.rows();
    int correct = data.classification() ? Accuracy.correct(output, batchTargets) : 0;
    statistics.recordLoss(batchLoss, correct, rows);

    network.backward(batchInputs, outputGradient);
    int badLayer = statistics.recordGradients();
    if (badLayer >= 0) {
      return Optional.of(new Divergence(epoch, batch, badLayer + 1, gradientProblem(badLayer)));
    }

    for (int l = 0; l < layerParameters.size(); l++) {
      List<Parameter> parameters = layerParameters.get(l);
      for (int p = 0; p < parameters.size(); p++) {
        Parameter parameter = parameters.get(p);
        System.arraycopy(parameter.values(), 0, before[l][p], 0, parameter.size());
        OptimizerState state = optimizerStates.get(l).get(p);
        state.advance();
        optimizer.update(parameter, state);
      }
    }
    for (int l = 0; l < layerParameters.size(); l++) {
      if (!statistics.recordUpdate(l, before[l])) {
        restoreParameters();
        return Optional.of(new Divergence(epoch, batch, l + 1,
            "the optimizer step made the parameters overflow to Inf or NaN"));
      }
    }
    return Optional.empty();
  }

  private Divergence forwardDivergence(int epoch, int batch, double batchLoss) {
    List<NetworkLayer> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      Matrix out = layers.get(l).output();
      for (int i = 0; i < out.size(); i++) {
        if (!Double.isFinite(out.data()[i])) {
          return new Divergence(epoch, batch, l + 1,
              "the forward pass produced " + describe(out.data()[i]));
        }
      }
    }
    return new Divergence(epoch, batch, 0, "the loss is " + describe(batchLoss));
  }

  private String gradientProblem(int layer) {
    for (Parameter parameter : layerParameters.get(layer)) {
      for (double g : parameter.gradients()) {
        if (!Double.isFinite(g)) {
          return "the " + parameter.name() + " gradient is " + describe(g);
        }
      }
    }
    return "the gradient's norm overflowed (its entries are finite but too large to square)";
  }

  private static String describe(double value) {
    return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  }

  private void restoreParameters() {
    for (int l = 0; l < layerParameters.size(); l++) {
      List<Parameter> parameters = layerParameters.get(l);
      for (int p = 0; p < parameters.size(); p++) {
        System.arraycopy(before[l][p], 0, parameters.get(p).values(), 0, parameters.get(p).size());
      }
    }
  }

  /** Unwinds an epoch when a stop is requested; never escapes {@link #train}. */
  private static final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRequested() {
      super(null, null, false, false);
    }
  }

  // Fisher–Yates, drawing from the run's shuffle stream.
  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = shuffleRandom.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  private void gather(int start, int rows) {
    batchInputs.resizeRows(rows);
    batchTargets.resizeRows(rows);
    outputGradient.resizeRows(rows);
    int in = network.inputs();
    int out = network.outputs();
    double[] x = data.inputs().data();
    double[] y = data.targets().data();
    for (int r = 0; r < rows; r++) {
      int sample = order[start + r];
      System.arraycopy(x, sample * in, batchInputs.data(), r * in, in);
      System.arraycopy(y, sample * out, batchTargets.data(), r * out, out);
    }
  }
}
