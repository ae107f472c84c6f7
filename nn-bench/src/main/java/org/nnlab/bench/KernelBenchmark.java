package org.nnlab.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * The dense layer's forward product z = x · Wᵀ for square n x n operands: the default (auto)
 * kernels on one thread, on all cores, and a textbook triple loop that walks W by columns, for
 * scale. Multiply-adds per call: n³. The fork has the Vector API, so auto means SIMD; {@link
 * GemmBenchmark} compares the backends and precisions on the layers' shapes.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBenchmark {
  @Param({"64", "256", "512"})
  public int n;

  private double[] a;
  private double[] b;
  private double[] c;
  private final MatrixKernels single = Kernels.singleThreaded();
  private final MatrixKernels parallel = Kernels.defaults();

  @Setup
  public void fill() {
    Random random = new Random(1);
    a = new double[n * n];
    b = new double[n * n];
    c = new double[n * n];
    for (int i = 0; i < n * n; i++) {
      a[i] = random.nextGaussian();
      b[i] = random.nextGaussian();
    }
  }

  @Benchmark
  public double[] kernelsOneThread() {
    single.multiplyTransposedRight(a, b, c, n, n, n);
    return c;
  }

  @Benchmark
  public double[] kernelsAllCores() {
    parallel.multiplyTransposedRight(a, b, c, n, n, n);
    return c;
  }

  /** c = a · b with b read down its columns: the cache-unfriendly order the kernels avoid. */
  @Benchmark
  public double[] naiveTripleLoop() {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int p = 0; p < n; p++) {
          sum += a[i * n + p] * b[p * n + j];
        }
        c[i * n + j] = sum;
      }
    }
    return c;
  }
}
