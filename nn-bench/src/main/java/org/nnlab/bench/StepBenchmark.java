package org.nnlab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ExperimentBuilder;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.Engine;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Optimizer steps per second of the peer harness's two small workloads, trained by the {@link
 * TrainingLoop} that {@code nn train} runs, in steady state (each invocation is one more epoch of
 * {@value #STEPS} steps of the same model):
 *
 * <ul>
 *   <li>{@code W1}: the Mazur 2-2-2 sigmoid network, MSE, plain SGD (learning rate 0.5), batch 1,
 *       the one sample repeated {@value #STEPS} times in an epoch without shuffling;
 *   <li>{@code W2-sigmoid}, {@code W2-relu}: 16 → 10 × 32 → 1 (linear output), MSE, plain SGD
 *       (learning rate 0.01), batch 32, {@value #STEPS} × 32 samples of x ~ U(-1, 1)^16, y =
 *       tanh(x · v), without shuffling.
 * </ul>
 *
 * <p>The score is steps per second ({@code ops/s}: one operation is one step). With {@code -prof
 * gc}, {@code gc.alloc.rate.norm} is the allocation per step: the epoch's statistics record
 * shared by {@value #STEPS} steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StepBenchmark {
  /** Steps per epoch, so per invocation. */
  static final int STEPS = 2000;

  @Param({"W1", "W2-sigmoid", "W2-relu"})
  public String workload;

  /** {@code training.statistics}. */
  @Param({"off", "every_batch"})
  public String statistics;

  /** {@code engine.precision}. */
  @Param({"float64"})
  public String precision;

  /** {@code --threads}: how many threads share a large product (these are all small). */
  @Param({"2"})
  public int threads;

  private TrainingLoop loop;

  @Setup
  public void prepare() {
    Engine engine = Engine.threads(threads);
    Experiment experiment = workload.equals("W1") ? w1(engine, statistics, precision, 1, STEPS)
        : w2(engine, workload.substring(3), statistics, precision, STEPS * 32);
    loop = engine.loop(experiment);
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public Optional<EpochStats> step() {
    return loop.trainOneMoreEpoch();
  }

  /**
   * The Mazur network trained for {@code epochs} epochs of {@code samples} copies of its one
   * sample, batch 1.
   */
  static Experiment w1(Engine engine, String statistics, String precision, int epochs,
      int samples) {
    List<Map<String, Object>> layers = new ArrayList<>();
    layers.add(dense(2, "sigmoid", new double[][] {{0.15, 0.20}, {0.25, 0.30}},
        new double[] {0.35, 0.35}));
    layers.add(dense(2, "sigmoid", new double[][] {{0.40, 0.45}, {0.50, 0.55}},
        new double[] {0.60, 0.60}));
    double[][] x = {{0.05, 0.10}};
    double[][] y = {{0.01, 0.99}};
    ExperimentConfig config = new ExperimentBuilder("mazur-2-2-2")
        .seed(1)
        .inputs(2)
        .set("model.layers", layers)
        .loss("mse")
        .optimizer("sgd", Map.of("learning_rate", 0.5))
        .epochs(epochs)
        .batchSize(1)
        .set("training.shuffle", false)
        .set("training.statistics", statistics)
        .set("engine.precision", precision)
        .inlineData(x, y)
        .build();
    Experiment prepared = engine.prepare(config, RegistryLoader.loadBuiltIns());
    double[] xs = new double[samples * 2];
    double[] ys = new double[samples * 2];
    for (int i = 0; i < samples; i++) {
      System.arraycopy(x[0], 0, xs, 2 * i, 2);
      System.arraycopy(y[0], 0, ys, 2 * i, 2);
    }
    return withData(prepared, Matrix.wrap(samples, 2, xs), Matrix.wrap(samples, 2, ys));
  }

  /**
   * The W2 network (hidden activation {@code activation}), one epoch of {@code samples}
   * samples in batches of 32.
   */
  static Experiment w2(Engine engine, String activation, String statistics, String precision,
      int samples) {
    SplittableRandom random = new SplittableRandom(2);
    int inputs = 16;
    double[] v = new double[inputs];
    for (int i = 0; i < inputs; i++) {
      v[i] = gaussian(random) * 2 / Math.sqrt(inputs);
    }
    double[] xs = new double[samples * inputs];
    double[] ys = new double[samples];
    for (int s = 0; s < samples; s++) {
      double dot = 0;
      for (int i = 0; i < inputs; i++) {
        double value = random.nextDouble(-1, 1);
        xs[s * inputs + i] = value;
        dot += value * v[i];
      }
      ys[s] = Math.tanh(dot);
    }
    double[][] firstX = new double[32][inputs];
    double[][] firstY = new double[32][1];
    for (int s = 0; s < 32; s++) {
      System.arraycopy(xs, s * inputs, firstX[s], 0, inputs);
      firstY[s][0] = ys[s];
    }
    ExperimentConfig config = new ExperimentBuilder("W2-" + activation)
        .seed(1002)
        .inputs(inputs)
        .hidden(32, 32, 32, 32, 32, 32, 32, 32, 32, 32)
        .activation(activation)
        .outputs(1)
        .init(activation.equals("relu") ? "he_uniform" : "xavier_uniform")
        .loss("mse")
        .optimizer("sgd", Map.of("learning_rate", 0.01))
        .epochs(1)
        .batchSize(32)
        .set("training.shuffle", false)
        .set("training.statistics", statistics)
        .set("engine.precision", precision)
        .inlineData(firstX, firstY)
        .build();
    Experiment prepared = engine.prepare(config, RegistryLoader.loadBuiltIns());
    return withData(prepared, Matrix.wrap(samples, inputs, xs), Matrix.wrap(samples, 1, ys));
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
  }

  private static Map<String, Object> dense(int units, String activation, double[][] weights,
      double[] biases) {
    Map<String, Object> layer = new LinkedHashMap<>();
    layer.put("type", "dense");
    layer.put("units", units);
    layer.put("activation", activation);
    layer.put("weights", weights);
    layer.put("biases", biases);
    return layer;
  }

  /** A prepared experiment with other samples, encoded as its inline ones were (regression). */
  static Experiment withData(Experiment e, Matrix inputs, Matrix targets) {
    return e.withTrainingData(inputs, targets, e.config().name() + ", " + inputs.rows()
        + " samples");
  }
}
