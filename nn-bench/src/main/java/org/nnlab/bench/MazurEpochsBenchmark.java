package org.nnlab.bench;

import java.util.concurrent.TimeUnit;
import org.nnlab.core.train.Engine;
import org.nnlab.core.train.EpochSnapshot;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingLoop;
import org.nnlab.core.train.TrainingResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Mazur 2-2-2 network ({@code examples/mazur.yaml}) trained for {@value #STEPS} steps of
 * batch 1 in two ways: {@code epochs}, {@value #STEPS} epochs of its one sample, and {@code
 * samples}, one epoch of the sample repeated {@value #STEPS} times. Each invocation is a whole
 * {@link TrainingLoop#run()} of a freshly prepared run, with the {@link EpochSnapshot} that {@code
 * nn train} always attaches (it keeps the last completed epoch for Ctrl-C). The score is steps per
 * second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MazurEpochsBenchmark {
  static final int STEPS = 100_000;

  @Param({"epochs", "samples"})
  public String shape;

  /** {@code training.statistics}; {@code examples/mazur.yaml} has the default, every_batch. */
  @Param({"off", "every_batch"})
  public String statistics;

  private TrainingLoop loop;

  @Setup(Level.Invocation)
  public void prepare() {
    Engine engine = Engine.threads(2);
    Experiment experiment = shape.equals("epochs")
        ? StepBenchmark.w1(engine, statistics, "float64", STEPS, 1)
        : StepBenchmark.w1(engine, statistics, "float64", 1, STEPS);
    loop = engine.loop(experiment);
    loop.listen(new EpochSnapshot(loop));
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public TrainingResult run() {
    return loop.run();
  }
}
