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
 * The three products of a dense layer ({@code in -> out} at a batch size) on each backend,
 * precision and thread count:
 *
 * <ul>
 *   <li>{@code forward}: z = x · Wᵀ, {@code gemm(false, true, batch, out, in)}
 *   <li>{@code weightGradient}: dW = dzᵀ · x, {@code gemm(true, false, out, in, batch)}
 *   <li>{@code inputGradient}: dx = dz · W, {@code gemm(false, false, batch, in, out)}
 * </ul>
 *
 * <p>Each is {@code 2 · in · out · batch} floating-point operations; GFLOP/s = that / time. The
 * layers: the 2-2-2 net at batch 1, 32-wide at batch 32 (W2), 784-256-128-10 at batch 128 (W3),
 * 1024-1024-10 at batch 256 (W4).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class GemmBenchmark {
  /** {@code in-out-batch}. */
  @Param({"2-2-1", "32-32-32", "784-256-128", "256-128-128", "128-10-128", "1024-1024-256",
      "1024-10-256"})
  public String layer;

  @Param({"forward", "weightGradient", "inputGradient"})
  public String product;

  @Param({"JAVA", "SIMD"})
  public Backend backend;

  @Param({"float64", "float32"})
  public String precision;

  @Param({"1", "2"})
  public int threads;

  private MatrixKernels kernels;
  private boolean transposeA;
  private boolean transposeB;
  private int m;
  private int n;
  private int k;
  private double[] a64;
  private double[] b64;
  private double[] c64;
  private float[] a32;
  private float[] b32;
  private float[] c32;

  @Setup
  public void prepare() {
    String[] parts = layer.split("-");
    int in = Integer.parseInt(parts[0]);
    int out = Integer.parseInt(parts[1]);
    int batch = Integer.parseInt(parts[2]);
    switch (product) {
      case "forward" -> set(false, true, batch, out, in);
      case "weightGradient" -> set(true, false, out, in, batch);
      case "inputGradient" -> set(false, false, batch, in, out);
      default -> throw new IllegalArgumentException(product);
    }
    kernels = Kernels.create(backend, threads);
    Random random = new Random(1);
    a64 = new double[m * k];
    b64 = new double[k * n];
    c64 = new double[m * n];
    a32 = new float[m * k];
    b32 = new float[k * n];
    c32 = new float[m * n];
    for (int i = 0; i < a64.length; i++) {
      a64[i] = random.nextGaussian();
      a32[i] = (float) a64[i];
    }
    for (int i = 0; i < b64.length; i++) {
      b64[i] = random.nextGaussian();
      b32[i] = (float) b64[i];
    }
  }

  private void set(boolean transposeA, boolean transposeB, int m, int n, int k) {
    this.transposeA = transposeA;
    this.transposeB = transposeB;
    this.m = m;
    this.n = n;
    this.k = k;
  }

  /** One product; returns C so that it is not dead code. */
  @Benchmark
  public Object gemm() {
    if (precision.equals("float32")) {
      kernels.gemm(transposeA, transposeB, m, n, k, a32, b32, c32, false);
      return c32;
    }
    kernels.gemm(transposeA, transposeB, m, n, k, a64, b64, c64, false);
    return c64;
  }
}
