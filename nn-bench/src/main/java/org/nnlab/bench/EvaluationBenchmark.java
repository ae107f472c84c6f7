package org.nnlab.bench;

import java.util.concurrent.TimeUnit;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.train.Evaluator;
import org.nnlab.core.train.Experiment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What measuring a validation set costs after each epoch: {@link #validation} runs {@link
 * Evaluator} over the models' data in batches (forward in evaluation mode, loss and accuracy),
 * {@link #forwardOnly} only the network's forward passes over the same batches, for the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {
  @Param({"deep", "wide"})
  public String model;

  private Network network;
  private Dataset data;
  private Evaluator evaluator;
  private int batchRows;
  private Matrix inputs;

  @Setup
  public void prepare() {
    Experiment experiment = BenchModels.prepare(BenchModels.yaml(model),
        Kernels.singleThreaded());
    network = experiment.network();
    data = experiment.data();
    batchRows = experiment.config().training().batchSize();
    evaluator = new Evaluator(network, experiment.loss(), data.classification(),
        experiment.outputTransform(), batchRows);
    inputs = new Matrix(batchRows, network.inputs());
  }

  /** The validation loss and accuracy over the whole data set, as after each epoch. */
  @Benchmark
  public double validation() {
    evaluator.reset();
    evaluator.addAll(data, batchRows);
    return evaluator.loss();
  }

  /** Forward passes alone over the same batches, in the same order. */
  @Benchmark
  public double forwardOnly() {
    int cols = network.inputs();
    double sum = 0;
    for (int start = 0; start < data.size(); start += batchRows) {
      int rows = Math.min(batchRows, data.size() - start);
      inputs.resizeRows(rows);
      System.arraycopy(data.inputs().data(), start * cols, inputs.data(), 0, rows * cols);
      sum += network.forward(inputs, Mode.EVALUATION).data()[0];
    }
    return sum;
  }
}
