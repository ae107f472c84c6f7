package org.nnlab.core.train;

import java.util.SplittableRandom;
import org.nnlab.api.Matrix;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.init.Seeds;

/**
 * Cuts a data set into batches: the sample order of the epoch (shuffled from the run's seed when
 * asked), and the batch matrices the samples are copied into, allocated once.
 */
final class BatchSampler {
  private final Dataset data;
  private final int[] order;
  private final SplittableRandom random;
  private final Matrix inputs;
  private final Matrix targets;
  private final int batchRows;

  BatchSampler(Dataset data, int batchSize, long seed) {
    this(data, batchSize, Seeds.stream(seed, Seeds.SHUFFLE));
  }

  /** A sampler that never shuffles, for evaluation. */
  static BatchSampler inOrder(Dataset data, int batchSize) {
    return new BatchSampler(data, batchSize, (SplittableRandom) null);
  }

  private BatchSampler(Dataset data, int batchSize, SplittableRandom random) {
    this.data = data;
    this.order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.random = random;
    int rows = Math.min(batchSize, data.size());
    this.batchRows = rows;
    this.inputs = new Matrix(rows, data.inputs().cols());
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
    double[] x = data.inputs().data();
    double[] y = data.targets().data();
    for (int r = 0; r < rows; r++) {
      int sample = order[start + r];
      System.arraycopy(x, sample * in, inputs.data(), r * in, in);
      System.arraycopy(y, sample * out, targets.data(), r * out, out);
    }
  }

  /** The current batch's inputs. */
  Matrix inputs() {
    return inputs;
  }

  /** The current batch's targets. */
  Matrix targets() {
    return targets;
  }
}
