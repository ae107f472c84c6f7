package org.nnlab.bench;

import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.blas_set_num_threads;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Probe: a dense layer's three products through OpenBLAS (JavaCPP's {@code org.bytedeco:openblas})
 * against nnlab's pure-Java kernels, on the layer shapes of the examples.
 *
 * <p>Shapes are {@code INxOUTbBATCH}; products are {@code forward} (z = x·Wᵀ), {@code
 * weightGradient} (dW = dzᵀ·x) and {@code inputGradient} (dx = dz·W). Variants:
 *
 * <ul>
 *   <li>{@code *Heap}: Java arrays passed to JavaCPP's {@code double[]}/{@code float[]} overloads
 *       (JNI Get/Release&lt;Type&gt;ArrayElements: on HotSpot a malloc and copy in and out of all
 *       three arrays per call);
 *   <li>{@code *Copy}: inputs copied into preallocated off-heap pointers and the output copied
 *       back, on every call;
 *   <li>{@code *Resident}: operands already off-heap, no copy: the lower bound.
 * </ul>
 *
 * <p>{@code javaScalar} is the same product with {@link Kernels#singleThreaded()}, for scale.
 * Run e.g. {@code java -jar nn-bench/target/benchmarks.jar OpenBlasBenchmark -f 1 -wi 3 -i 5 -w
 * 1s -r 1s -p threads=1}. GFLOP/s = 2·m·n·k / time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OpenBlasBenchmark {

  /** One product on one shape, as heap arrays. */
  @State(Scope.Thread)
  public static class Problem {
    @Param({
      "2x2b1",
      "32x32b32",
      "784x256b128",
      "256x128b128",
      "128x10b128",
      "1024x1024b256",
      "1024x10b256"
    })
    public String shape;

    @Param({"forward", "weightGradient", "inputGradient"})
    public String product;

    OpenBlasShapes.Call call;
    double[] a;
    double[] b;
    double[] c;
    float[] af;
    float[] bf;
    float[] cf;

    @Setup(Level.Trial)
    public void fill() {
      if (call != null) {
        return; // JMH may run the subclass's setup first, which fills through here
      }
      call = OpenBlasShapes.Call.of(shape, product);
      Random random = new Random(1);
      a = OpenBlasShapes.gaussian(random, call.sizeA);
      b = OpenBlasShapes.gaussian(random, call.sizeB);
      c = new double[call.sizeC];
      af = OpenBlasShapes.toFloat(a);
      bf = OpenBlasShapes.toFloat(b);
      cf = new float[call.sizeC];
    }
  }

  /** The same problem with off-heap copies and a chosen OpenBLAS thread count. */
  @State(Scope.Thread)
  public static class Blas extends Problem {
    @Param({"1", "2"})
    public int threads;

    DoublePointer pa;
    DoublePointer pb;
    DoublePointer pc;
    FloatPointer pfa;
    FloatPointer pfb;
    FloatPointer pfc;

    @Setup(Level.Trial)
    public void offHeap() {
      fill();
      blas_set_num_threads(threads);
      pa = new DoublePointer(a);
      pb = new DoublePointer(b);
      pc = new DoublePointer(call.sizeC);
      pfa = new FloatPointer(af);
      pfb = new FloatPointer(bf);
      pfc = new FloatPointer(call.sizeC);
    }

    @TearDown(Level.Trial)
    public void free() {
      pa.close();
      pb.close();
      pc.close();
      pfa.close();
      pfb.close();
      pfc.close();
    }
  }

  private static final MatrixKernels KERNELS = Kernels.singleThreaded();

  @Benchmark
  public double[] dgemmHeap(Blas s) {
    OpenBlasShapes.Call k = s.call;
    cblas_dgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0, s.a, k.lda, s.b, k.ldb, 0.0, s.c, k.ldc);
    return s.c;
  }

  @Benchmark
  public double[] dgemmCopy(Blas s) {
    OpenBlasShapes.Call k = s.call;
    s.pa.put(s.a, 0, k.sizeA);
    s.pb.put(s.b, 0, k.sizeB);
    cblas_dgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0, s.pa, k.lda, s.pb, k.ldb, 0.0, s.pc, k.ldc);
    s.pc.get(s.c, 0, k.sizeC);
    return s.c;
  }

  @Benchmark
  public DoublePointer dgemmResident(Blas s) {
    OpenBlasShapes.Call k = s.call;
    cblas_dgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0, s.pa, k.lda, s.pb, k.ldb, 0.0, s.pc, k.ldc);
    return s.pc;
  }

  @Benchmark
  public float[] sgemmHeap(Blas s) {
    OpenBlasShapes.Call k = s.call;
    cblas_sgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0f, s.af, k.lda, s.bf, k.ldb, 0.0f, s.cf, k.ldc);
    return s.cf;
  }

  @Benchmark
  public float[] sgemmCopy(Blas s) {
    OpenBlasShapes.Call k = s.call;
    s.pfa.put(s.af, 0, k.sizeA);
    s.pfb.put(s.bf, 0, k.sizeB);
    cblas_sgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0f, s.pfa, k.lda, s.pfb, k.ldb, 0.0f, s.pfc, k.ldc);
    s.pfc.get(s.cf, 0, k.sizeC);
    return s.cf;
  }

  @Benchmark
  public FloatPointer sgemmResident(Blas s) {
    OpenBlasShapes.Call k = s.call;
    cblas_sgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0f, s.pfa, k.lda, s.pfb, k.ldb, 0.0f, s.pfc, k.ldc);
    return s.pfc;
  }

  /** nnlab's own kernels on one thread (double), for scale. */
  @Benchmark
  public double[] javaScalar(Problem s) {
    s.call.java(KERNELS, s.a, s.b, s.c);
    return s.c;
  }
}
