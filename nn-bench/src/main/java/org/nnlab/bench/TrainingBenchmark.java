package org.nnlab.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
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
 * One training epoch as {@code nn train} runs it: shuffling, forward, backward, optimizer step,
 * the divergence check and, with {@code statistics=every_batch}, every per-layer gradient
 * statistic ({@code training.statistics}). Each invocation continues training the same model, as
 * a real run does. {@link BareLoopBenchmark} runs the same epochs without the training loop.
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
  @Param({"deep", "wide"})
  public String model;

  @Param({"one", "all"})
  public String cores;

  /** {@code training.statistics}: {@code every_batch} (the default) or {@code off}. */
  @Param({"every_batch", "off"})
  public String statistics;

  /** Overrides the model's batch size when positive, to show allocation does not grow with it. */
  @Param({"0"})
  public int batchSize;

  private TrainingLoop loop;

  @Setup
  public void prepare() {
    MatrixKernels kernels = cores.equals("one") ? Kernels.singleThreaded() : Kernels.defaults();
    String yaml = BenchModels.yaml(model).replace("training: {",
        "training: {statistics: " + statistics + ", ");
    if (batchSize > 0) {
      yaml = yaml.replaceFirst("batch_size: \\d+", "batch_size: " + batchSize);
    }
    Experiment experiment = BenchModels.prepare(yaml, kernels);
    loop = new TrainingLoop(experiment, kernels);
  }

  @Benchmark
  public Optional<EpochStats> epoch() {
    return loop.trainOneMoreEpoch();
  }
}
