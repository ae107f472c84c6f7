package org.nnlab.core.train;

import java.util.SplittableRandom;
import org.nnlab.api.Matrix;
import org.nnlab.api.Precision;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.init.Seeds;
import org.nnlab.core.model.FloatArrays;

/**
 * Cuts a data set into batches: the sample order of the epoch (shuffled from the run's seed when
 * asked), and the batch matrices the samples are copied into, allocated once.
 *
 * <p>For a float32 network the input batches are floats, copied from the data's inputs rounded to
 * float once, when the sampler is made: the same floats the network would round each batch to,
 * without a pass over every batch.
 */
final class BatchSampler {
  private final Dataset data;
  private final int[] order;
  private final SplittableRandom random;
  private final float[] roundedInputs;
  private final Matrix inputs;
  private final Matrix targets;
  private final int batchRows;

  BatchSampler(Dataset data, int batchSize, long seed, Precision precision) {
    this(data, batchSize, Seeds.stream(seed, Seeds.SHUFFLE), precision);
  }

  /** A sampler that never shuffles, for evaluation. */
  static BatchSampler inOrder(Dataset data, int batchSize, Precision precision) {
    return new BatchSampler(data, batchSize, (SplittableRandom) null, precision);
  }

  private BatchSampler(Dataset data, int batchSize, SplittableRandom random,
      Precision precision) {
    this.data = data;
    this.order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.random = random;
    int rows = Math.min(batchSize, data.size());
    this.batchRows = rows;
    this.inputs = new Matrix(rows, data.inputs().cols(), precision);
    this.roundedInputs =
        precision == Precision.FLOAT32 ? FloatArrays.rounded(data.inputs().data()) : null;
    this.targets = new Matrix(rows, data.targets().cols());
  }

  /** The number of rows of the largest batch. */
  int batchRows() {
    return batchRows;
  }

  /** The number of samples. */
  int size() {
    return order.length;
  }

  /** The data row at {@code position} of the current order. */
  int sampleAt(int position) {
    return order[position];
  }

  /** Reorders the samples: Fisher–Yates, drawing from the run's shuffle stream. */
  void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /** Copies the samples at positions {@code start .. start + rows} of the order into the batch. */
  void gather(int start, int rows) {
    inputs.resizeRows(rows);
    targets.resizeRows(rows);
    int in = inputs.cols();
    int out = targets.cols();
    double[] y = data.targets().data();
    // double[] or float[] alike: System.arraycopy takes either.
    Object x = roundedInputs != null ? roundedInputs : data.inputs().data();
    Object batchX = roundedInputs != null ? inputs.floats() : inputs.data();
    for (int r = 0; r < rows; r++) {
      int sample = order[start + r];
      System.arraycopy(x, sample * in, batchX, r * in, in);
      System.arraycopy(y, sample * out, targets.data(), r * out, out);
    }
  }

  /** The current batch's inputs: doubles, or floats for a float32 network. */
  Matrix inputs() {
    return inputs;
  }

  /** The current batch's targets. */
  Matrix targets() {
    return targets;
  }
}
