package org.nnlab.core.train;

import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.model.Network;

/**
 * Measures a network on data it does not train on: forward passes in {@link Mode#EVALUATION},
 * batch by batch, with no backward pass, no statistics and no copies of the parameters. Its
 * buffers are allocated once, so evaluating allocates nothing per batch.
 *
 * <p>The loss is the mean over samples (each batch's mean loss weighted by its rows), so it does
 * not depend on the batch size.
 */
public final class Evaluator {
  private final Network network;
  private final Loss loss;
  private final boolean classification;
  private final OutputTransform transform;
  private final Matrix gradient;
  private double lossSum;
  private long correct;
  private long samples;

  /**
   * Creates an evaluator.
   *
   * @param network the network to run
   * @param loss the loss to measure
   * @param classification whether accuracy applies
   * @param transform what the loss does to the outputs, which decides their class
   * @param batchRows the largest batch it will be given
   */
  public Evaluator(Network network, Loss loss, boolean classification, OutputTransform transform,
      int batchRows) {
    this.network = network;
    this.loss = loss;
    this.classification = classification;
    this.transform = transform;
    this.gradient = new Matrix(batchRows, network.outputs());
  }

  /** Forgets what was measured, for a new pass over the data. */
  public void reset() {
    lossSum = 0;
    correct = 0;
    samples = 0;
  }

  /**
   * Runs one batch forward and adds it to the measurements.
   *
   * @param inputs the batch's inputs
   * @param targets the batch's targets, encoded as for training
   * @return the network's outputs, valid until the next call
   */
  public Matrix add(Matrix inputs, Matrix targets) {
    Matrix output = network.forward(inputs, Mode.EVALUATION);
    gradient.resizeRows(inputs.rows());
    lossSum += loss.evaluate(output, targets, gradient) * inputs.rows();
    if (classification) {
      correct += Accuracy.correct(output, targets, transform);
    }
    samples += inputs.rows();
    return output;
  }

  /**
   * Measures a whole data set in batches of the given size, in order.
   *
   * @param data the data
   * @param batchSize the rows per batch, at most the {@code batchRows} this evaluator was made for
   */
  public void addAll(Dataset data, int batchSize) {
    BatchSampler batches = BatchSampler.inOrder(data, batchSize, network.precision());
    addAll(batches);
  }

  void addAll(BatchSampler batches) {
    int rows = batches.batchRows();
    for (int start = 0; start < batches.size(); start += rows) {
      batches.gather(start, Math.min(rows, batches.size() - start));
      add(batches.inputs(), batches.targets());
    }
  }

  /** The mean loss over the samples measured, NaN when none were. */
  public double loss() {
    return samples == 0 ? Double.NaN : lossSum / samples;
  }

  /** The share of samples classified correctly; NaN for regression or when none were measured. */
  public double accuracy() {
    return classification && samples > 0 ? (double) correct / samples : Double.NaN;
  }

  /** How many samples were measured. */
  public long samples() {
    return samples;
  }
}
