package org.nnlab.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.nnlab.core.internal.kernel.Backend;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reductions a training step runs over every parameter (the divergence check's sums of
 * squares of the gradients and the values; with statistics, the squared change of each step), on
 * each backend, precision and thread count. The lengths: as many numbers as W3's parameters
 * together (784·256 + 256·128 + 128·10 + 394 biases; training reduces each parameter alone, the
 * largest 200,704), and one 1024 × 1024 layer of W4.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ReductionBenchmark {
  @Param({"235146", "1048576"})
  public int length;

  @Param({"JAVA", "SIMD"})
  public Backend backend;

  @Param({"float64", "float32"})
  public String precision;

  @Param({"1", "2"})
  public int threads;

  private MatrixKernels kernels;
  private double[] a64;
  private double[] b64;
  private float[] a32;
  private float[] b32;

  @Setup
  public void prepare() {
    kernels = Kernels.create(backend, threads);
    Random random = new Random(1);
    a64 = new double[length];
    b64 = new double[length];
    a32 = new float[length];
    b32 = new float[length];
    for (int i = 0; i < length; i++) {
      a64[i] = random.nextGaussian();
      b64[i] = random.nextGaussian();
      a32[i] = (float) a64[i];
      b32[i] = (float) b64[i];
    }
  }

  /** Σ a². */
  @Benchmark
  public double sumOfSquares() {
    return precision.equals("float32")
        ? kernels.sumOfSquares(a32, length) : kernels.sumOfSquares(a64, length);
  }

  /** Σ (a − b)². */
  @Benchmark
  public double squaredDistance() {
    return precision.equals("float32")
        ? kernels.squaredDistance(a32, b32, length) : kernels.squaredDistance(a64, b64, length);
  }
}
