package org.nnlab.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.TrainingLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One training epoch, everything included: shuffling, forward, backward, optimizer step, and all
 * per-layer gradient statistics. Each invocation continues training the same model, as a real
 * run does.
 *
 * <ul>
 *   <li>{@code deep}: the vanishing-gradient example, 2 → 10 × 32 sigmoid → 3, 600 samples,
 *       batches of 32 (19 batches per epoch);
 *   <li>{@code wide}: 2 → 512 → 512 → 3 tanh, 4096 samples, batches of 256 (16 batches).
 * </ul>
 *
 * Run with {@code -prof gc}: the allocation per epoch ({@code gc.alloc.rate.norm}) covers only the
 * epoch's statistics object, whatever the number of batches.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainingBenchmark {
  private static final String DEEP = """
      seed: 1
      model: {inputs: 2, hidden: [32, 32, 32, 32, 32, 32, 32, 32, 32, 32], activation: sigmoid,
              outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.01, momentum: 0.9}
      training: {epochs: 1, batch_size: 32}
      data: {synthetic: {name: spiral, samples: 600, noise: 0.05}}
      """;
  private static final String WIDE = """
      seed: 1
      model: {inputs: 2, hidden: [512, 512], activation: tanh, outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.01, momentum: 0.9}
      training: {epochs: 1, batch_size: 256}
      data: {synthetic: {name: spiral, samples: 4096, noise: 0.05}}
      """;

  @Param({"deep", "wide"})
  public String model;

  @Param({"one", "all"})
  public String cores;

  /** Overrides the model's batch size when positive, to show allocation does not grow with it. */
  @Param({"0"})
  public int batchSize;

  private TrainingLoop loop;

  @Setup
  public void prepare() {
    MatrixKernels kernels = cores.equals("one") ? Kernels.singleThreaded() : Kernels.defaults();
    String yaml = model.equals("deep") ? DEEP : WIDE;
    if (batchSize > 0) {
      yaml = yaml.replaceFirst("batch_size: \\d+", "batch_size: " + batchSize);
    }
    Experiment experiment = Experiment.prepare(
        ExperimentLoader.fromText(yaml, Path.of("bench.yaml"), List.of()),
        RegistryLoader.loadBuiltIns(), kernels);
    loop = new TrainingLoop(experiment, kernels);
  }

  @Benchmark
  public Optional<EpochStats> epoch() {
    return loop.trainOneMoreEpoch();
  }
}
