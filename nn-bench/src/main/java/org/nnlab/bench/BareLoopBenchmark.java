package org.nnlab.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.StepContext;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.train.Experiment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor under {@link TrainingBenchmark}: the same epochs of the same models as a bare loop
 * of shuffle, gather, forward, loss, backward and optimizer step, with no training loop around
 * it (no listeners, no divergence check, no statistics, no metrics). {@code nn train} with
 * {@code training.statistics: off} should cost little more than this.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BareLoopBenchmark {
  @Param({"deep", "wide"})
  public String model;

  @Param({"one", "all"})
  public String cores;

  private Network network;
  private Loss loss;
  private Optimizer optimizer;
  private OptimizerState state;
  private List<Parameter> parameters;
  private Dataset data;
  private int[] order;
  private int batchRows;
  private Matrix inputs;
  private Matrix targets;
  private Matrix outputGradient;
  private final SplittableRandom random = new SplittableRandom(1);
  private final FixedStep context = new FixedStep();

  @Setup
  public void prepare() {
    MatrixKernels kernels = cores.equals("one") ? Kernels.singleThreaded() : Kernels.defaults();
    Experiment experiment = BenchModels.prepare(BenchModels.yaml(model), kernels);
    network = experiment.network();
    loss = experiment.loss();
    optimizer = experiment.optimizer();
    parameters = network.parameters();
    state = new OptimizerState(optimizer.stateArrays(),
        parameters.stream().mapToInt(Parameter::size).toArray());
    data = experiment.data();
    order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    batchRows = experiment.config().training().batchSize();
    inputs = new Matrix(batchRows, network.inputs());
    targets = new Matrix(batchRows, network.outputs());
    outputGradient = new Matrix(batchRows, network.outputs());
    context.learningRate = optimizer.learningRate();
  }

  /** One epoch; returns the last batch's loss so that nothing is optimised away. */
  @Benchmark
  public double epoch() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    double last = 0;
    for (int start = 0; start < order.length; start += batchRows) {
      int rows = Math.min(batchRows, order.length - start);
      gather(data.inputs(), inputs, start, rows);
      gather(data.targets(), targets, start, rows);
      outputGradient.resizeRows(rows);
      Matrix output = network.forward(inputs, org.nnlab.api.Mode.TRAINING);
      last = loss.evaluate(output, targets, outputGradient);
      network.backward(inputs, outputGradient);
      context.step++;
      optimizer.step(parameters, state, context);
    }
    return last;
  }

  private void gather(Matrix from, Matrix to, int start, int rows) {
    int cols = from.cols();
    to.resizeRows(rows);
    for (int r = 0; r < rows; r++) {
      System.arraycopy(from.data(), order[start + r] * cols, to.data(), r * cols, cols);
    }
  }

  /** A step context that counts steps and keeps the configured learning rate. */
  private static final class FixedStep implements StepContext {
    long step;
    double learningRate;

    @Override
    public long step() {
      return step;
    }

    @Override
    public int epoch() {
      return 1;
    }

    @Override
    public int stepsPerEpoch() {
      return 1;
    }

    @Override
    public long totalSteps() {
      return Long.MAX_VALUE;
    }

    @Override
    public double learningRate() {
      return learningRate;
    }
  }
}
