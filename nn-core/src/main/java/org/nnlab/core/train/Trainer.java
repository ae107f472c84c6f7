package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.registry.PluginCallException;
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
 * restored to their values before that batch and the result says where it happened. So does a
 * plugin that throws, or that makes such a value from finite inputs: the result then names it.
 */
public final class Trainer {
  private final Network network;
  private final Dataset data;
  private final LossCall loss;
  private final TrainingConfig training;
  private final GradientStatistics statistics;
  private final ParameterUpdater updater;
  private final BatchSampler batches;
  private final Matrix outputGradient;

  /**
   * Prepares training.
   *
   * @param experiment what to train
   * @param kernels the matrix kernels, for statistics
   */
  public Trainer(Experiment experiment, MatrixKernels kernels) {
    this.network = experiment.network();
    this.data = experiment.data();
    this.loss = new LossCall(experiment.loss(), experiment.lossPlugin());
    this.training = experiment.config().training();
    this.statistics = new GradientStatistics(network, kernels);
    this.updater = new ParameterUpdater(network, experiment.optimizer(),
        experiment.optimizerPlugin());
    this.batches = new BatchSampler(data, training.batchSize(), experiment.config().seed());
    this.outputGradient = new Matrix(batches.inputs().rows(), network.outputs());
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
      } catch (PluginFailed e) {
        return new TrainingResult(epochs, Optional.empty(), Optional.of(e.failure), false);
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
      batches.shuffle();
    }
    int batchSize = Math.min(training.batchSize(), data.size());
    int batch = 0;
    for (int start = 0; start < batches.size(); start += batchSize) {
      if (stop.getAsBoolean()) {
        throw new StopRequested();
      }
      batch++;
      int rows = Math.min(batchSize, batches.size() - start);
      batches.gather(start, rows);
      outputGradient.resizeRows(rows);
      Optional<Divergence> divergence;
      try {
        divergence = step(epoch, batch);
      } catch (PluginCallException e) {
        throw new PluginFailed(PluginFailure.of(epoch, batch, e));
      }
      if (divergence.isPresent()) {
        return divergence;
      }
    }
    return Optional.empty();
  }

  private Optional<Divergence> step(int epoch, int batch) {
    Matrix inputs = batches.inputs();
    Matrix targets = batches.targets();
    Matrix output = network.forward(inputs);
    double batchLoss = loss.evaluate(output, targets, outputGradient);
    if (!Double.isFinite(batchLoss)) {
      return Optional.of(forwardDivergence(epoch, batch, batchLoss));
    }
    int correct = data.classification() ? Accuracy.correct(output, targets) : 0;
    statistics.recordLoss(batchLoss, correct, inputs.rows());

    network.backward(inputs, outputGradient);
    int badLayer = statistics.recordGradients();
    if (badLayer >= 0) {
      checkBackward();
      return Optional.of(new Divergence(epoch, batch, badLayer + 1, gradientProblem(badLayer)));
    }

    updater.step();
    for (int l = 0; l < updater.layerCount(); l++) {
      if (!statistics.recordUpdate(l, updater.before(l))) {
        updater.undoAfterNonFinite(l);
        return Optional.of(new Divergence(epoch, batch, l + 1,
            "the optimizer step made the parameters overflow to Inf or NaN"));
      }
    }
    return Optional.empty();
  }

  private Divergence forwardDivergence(int epoch, int batch, double batchLoss) {
    List<NetworkLayer> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).checkForward();
      Matrix out = layers.get(l).output();
      for (int i = 0; i < out.size(); i++) {
        if (!Double.isFinite(out.data()[i])) {
          return new Divergence(epoch, batch, l + 1,
              "the forward pass produced " + describe(out.data()[i]));
        }
      }
    }
    loss.checkValue(batchLoss);
    return new Divergence(epoch, batch, 0, "the loss is " + describe(batchLoss));
  }

  // Follows the gradient from the loss back to the first layer, to the first value that is not
  // finite: when a plugin made it from finite values, the plugin is named.
  private void checkBackward() {
    if (!loss.checkGradient(outputGradient)) {
      return;
    }
    List<NetworkLayer> layers = network.layers();
    for (int l = layers.size() - 1; l >= 0 && layers.get(l).checkBackward(); l--) {
      // Each layer's input gradient is the next one's output gradient.
    }
  }

  private String gradientProblem(int layer) {
    for (Parameter parameter : updater.parameters(layer)) {
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

  /** Unwinds an epoch when a plugin failed; never escapes {@link #train}. */
  private static final class PluginFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PluginFailure failure;

    PluginFailed(PluginFailure failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  /** Unwinds an epoch when a stop is requested; never escapes {@link #train}. */
  private static final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRequested() {
      super(null, null, false, false);
    }
  }
}
