package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Buffer;
import org.nnlab.api.Parameter;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.stats.EpochStats;

class EpochSnapshotTest {
  private static final String BATCH_NORM = """
      seed: 5
      model: {inputs: 2, hidden: [8, 8], activation: tanh, outputs: 3,
        normalization: batch_norm}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1}
      training: {epochs: 5, batch_size: 30, shuffle: true}
      data:
        synthetic: {name: spiral, samples: 150, noise: 0.05}
      """;

  private static List<double[]> state(Network network) {
    List<double[]> state = new ArrayList<>();
    for (Parameter parameter : network.parameters()) {
      double[] values = new double[parameter.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = parameter.value(i);
      }
      state.add(values);
    }
    for (Buffer buffer : network.buffers()) {
      state.add(buffer.values().clone());
    }
    return state;
  }

  @Test
  void restoreAfterAnInterruptedEpochBringsBackTheParametersAndTheRunningStatistics() {
    Experiment experiment = TestExperiments.fromYaml(BATCH_NORM);
    Network network = experiment.network();
    TrainingLoop loop = new TrainingLoop(experiment, Kernels.defaults());
    List<List<double[]>> atEpochEnd = new ArrayList<>();
    loop.listen(new TrainingListener() {
      @Override
      public void onEpochEnd(EpochStats stats, TrainingControl control) {
        atEpochEnd.add(state(network));
      }
    });
    EpochSnapshot snapshot = new EpochSnapshot(loop);
    loop.listen(snapshot);
    // Two epochs of 5 batches, then 3 batches of the third.
    AtomicInteger asked = new AtomicInteger();
    loop.run(() -> asked.incrementAndGet() > 2 * 5 + 3);
    assertEquals(2, atEpochEnd.size());
    List<double[]> interrupted = state(network);
    List<double[]> epochTwo = atEpochEnd.get(1);
    int buffersFrom = network.parameters().size();
    assertFalse(network.buffers().isEmpty());
    assertFalse(Arrays.equals(epochTwo.get(buffersFrom), interrupted.get(buffersFrom)),
        "the third epoch's batches should have moved the running statistics");

    snapshot.restore();

    List<double[]> restored = state(network);
    for (int p = 0; p < restored.size(); p++) {
      assertArrayEquals(epochTwo.get(p), restored.get(p), "array " + p);
    }
  }
}
