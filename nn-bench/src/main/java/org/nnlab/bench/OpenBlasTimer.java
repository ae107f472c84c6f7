package org.nnlab.bench;

import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.blas_set_num_threads;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;

/**
 * {@link OpenBlasBenchmark}'s measurements again, as the minimum over many short samples rather
 * than JMH's mean over 1-second iterations: on a machine shared with other work a short sample
 * often runs undisturbed, so the minimum stays near the uncontended cost where a mean does not.
 *
 * <p>Prints one line per shape, product, precision, variant and thread count: the fastest and
 * the median time per call over samples of about 200 µs each (or one call, if longer).
 *
 * <p>Run: {@code java -cp nn-bench/target/benchmarks.jar org.nnlab.bench.OpenBlasTimer [threads...]}
 * (default: 1 2).
 */
public final class OpenBlasTimer {
  private static final String[] SHAPES = {
    "2x2b1", "32x32b32", "784x256b128", "256x128b128", "128x10b128", "1024x1024b256", "1024x10b256"
  };
  private static final String[] PRODUCTS = {"forward", "weightGradient", "inputGradient"};
  private static final long SAMPLE_NANOS = 200_000;
  private static final long WARMUP_NANOS = 300_000_000;
  private static final long MEASURE_NANOS = 700_000_000;

  private OpenBlasTimer() {}

  public static void main(String[] args) {
    int[] threadCounts = args.length == 0
        ? new int[] {1, 2} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    MatrixKernels kernels = Kernels.singleThreaded();
    for (int threads : threadCounts) {
      blas_set_num_threads(threads);
      for (String shape : SHAPES) {
        for (String product : PRODUCTS) {
          OpenBlasShapes.Call k = OpenBlasShapes.Call.of(shape, product);
          Random random = new Random(1);
          double[] a = OpenBlasShapes.gaussian(random, k.sizeA);
          double[] b = OpenBlasShapes.gaussian(random, k.sizeB);
          double[] c = new double[k.sizeC];
          float[] af = OpenBlasShapes.toFloat(a);
          float[] bf = OpenBlasShapes.toFloat(b);
          float[] cf = new float[k.sizeC];
          try (DoublePointer pa = new DoublePointer(a);
              DoublePointer pb = new DoublePointer(b);
              DoublePointer pc = new DoublePointer(k.sizeC);
              FloatPointer pfa = new FloatPointer(af);
              FloatPointer pfb = new FloatPointer(bf);
              FloatPointer pfc = new FloatPointer(k.sizeC)) {
            time(k, threads, "dgemmHeap", () -> cblas_dgemm(CblasRowMajor, k.transA, k.transB,
                k.m, k.n, k.k, 1.0, a, k.lda, b, k.ldb, 0.0, c, k.ldc));
            time(k, threads, "dgemmCopy", () -> {
              pa.put(a, 0, k.sizeA);
              pb.put(b, 0, k.sizeB);
              cblas_dgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
                  1.0, pa, k.lda, pb, k.ldb, 0.0, pc, k.ldc);
              pc.get(c, 0, k.sizeC);
            });
            time(k, threads, "dgemmResident", () -> cblas_dgemm(CblasRowMajor, k.transA,
                k.transB, k.m, k.n, k.k, 1.0, pa, k.lda, pb, k.ldb, 0.0, pc, k.ldc));
            time(k, threads, "sgemmHeap", () -> cblas_sgemm(CblasRowMajor, k.transA, k.transB,
                k.m, k.n, k.k, 1.0f, af, k.lda, bf, k.ldb, 0.0f, cf, k.ldc));
            time(k, threads, "sgemmCopy", () -> {
              pfa.put(af, 0, k.sizeA);
              pfb.put(bf, 0, k.sizeB);
              cblas_sgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
                  1.0f, pfa, k.lda, pfb, k.ldb, 0.0f, pfc, k.ldc);
              pfc.get(cf, 0, k.sizeC);
            });
            time(k, threads, "sgemmResident", () -> cblas_sgemm(CblasRowMajor, k.transA,
                k.transB, k.m, k.n, k.k, 1.0f, pfa, k.lda, pfb, k.ldb, 0.0f, pfc, k.ldc));
            if (threads == threadCounts[0]) {
              time(k, 1, "javaScalar", () -> k.java(kernels, a, b, c));
            }
          }
        }
      }
    }
  }

  private static void time(OpenBlasShapes.Call k, int threads, String variant, Runnable call) {
    long start = System.nanoTime();
    int reps = 1;
    while (System.nanoTime() - start < WARMUP_NANOS) {
      long t = System.nanoTime();
      for (int i = 0; i < reps; i++) {
        call.run();
      }
      if (System.nanoTime() - t < SAMPLE_NANOS) {
        reps *= 2;
      }
    }
    double[] samples = new double[4096];
    int count = 0;
    start = System.nanoTime();
    while (count < samples.length && (count < 10 || System.nanoTime() - start < MEASURE_NANOS)) {
      long t = System.nanoTime();
      for (int i = 0; i < reps; i++) {
        call.run();
      }
      samples[count++] = (double) (System.nanoTime() - t) / reps;
    }
    Arrays.sort(samples, 0, count);
    double min = samples[0];
    double median = samples[count / 2];
    System.out.printf(Locale.ROOT,
        "%s %s %s threads=%d min %.1f ns median %.1f ns samples %d reps %d GFLOP/s(min) %.2f%n",
        variant, k.shapeName(), k.productName(), threads, min, median, count, reps,
        k.flops() / min);
  }
}
