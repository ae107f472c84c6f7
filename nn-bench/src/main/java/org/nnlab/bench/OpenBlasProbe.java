package org.nnlab.bench;

import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.blas_get_num_threads;
import static org.bytedeco.openblas.global.openblas.blas_set_num_threads;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.global.openblas_full;
import org.nnlab.core.internal.kernel.Kernels;

/**
 * Probe of OpenBLAS through JavaCPP, beside {@link OpenBlasBenchmark}: the first-call load time,
 * which core OpenBLAS picked, and whether dgemm/sgemm give bit-identical results across repeated
 * calls, between 1 and 2 threads, and between heap-array and off-heap calls.
 *
 * <p>Run: {@code java -cp nn-bench/target/benchmarks.jar org.nnlab.bench.OpenBlasProbe}.
 */
public final class OpenBlasProbe {
  private static final String[] SHAPES = {
    "2x2b1", "32x32b32", "784x256b128", "256x128b128", "128x10b128", "1024x1024b256", "1024x10b256"
  };
  private static final String[] PRODUCTS = {"forward", "weightGradient", "inputGradient"};
  private static final int REPEATS = 20;

  private OpenBlasProbe() {}

  public static void main(String[] args) throws java.io.IOException {
    long t0 = System.nanoTime();
    Loader.load(openblas.class);
    long t1 = System.nanoTime();
    double[] one = {1};
    double[] r = new double[1];
    cblas_dgemm(CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, 1, 1, 1,
        1, one, 1, one, 1, 0, r, 1);
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "load openblas natives: %.1f ms; first dgemm call: %.2f ms; cache %s%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, Loader.getCacheDir());
    System.out.println("openblas_get_config: " + openblas_full.openblas_get_config().getString());
    System.out.println("openblas_get_corename: "
        + openblas_full.openblas_get_corename().getString());
    System.out.println("OPENBLAS_GEMM_MULTITHREAD_THRESHOLD: "
        + openblas.OPENBLAS_GEMM_MULTITHREAD_THRESHOLD
        + "; default threads: " + blas_get_num_threads()
        + "; env OPENBLAS_CORETYPE=" + System.getenv("OPENBLAS_CORETYPE"));

    int failures = 0;
    for (String shape : SHAPES) {
      for (String product : PRODUCTS) {
        OpenBlasShapes.Call k = OpenBlasShapes.Call.of(shape, product);
        Random random = new Random(7);
        double[] a = OpenBlasShapes.gaussian(random, k.sizeA);
        double[] b = OpenBlasShapes.gaussian(random, k.sizeB);
        float[] af = OpenBlasShapes.toFloat(a);
        float[] bf = OpenBlasShapes.toFloat(b);

        blas_set_num_threads(1);
        double[] d1 = dgemm(k, a, b);
        float[] s1 = sgemm(k, af, bf);
        boolean dRepeat1 = true;
        boolean sRepeat1 = true;
        for (int i = 0; i < REPEATS; i++) {
          dRepeat1 &= Arrays.equals(d1, dgemm(k, a, b));
          sRepeat1 &= Arrays.equals(s1, sgemm(k, af, bf));
        }
        boolean dOffHeap = Arrays.equals(d1, dgemmOffHeap(k, a, b));
        boolean sOffHeap = Arrays.equals(s1, sgemmOffHeap(k, af, bf));

        blas_set_num_threads(2);
        double[] d2 = dgemm(k, a, b);
        float[] s2 = sgemm(k, af, bf);
        boolean dRepeat2 = true;
        boolean sRepeat2 = true;
        for (int i = 0; i < REPEATS; i++) {
          dRepeat2 &= Arrays.equals(d2, dgemm(k, a, b));
          sRepeat2 &= Arrays.equals(s2, sgemm(k, af, bf));
        }
        boolean dThreads = Arrays.equals(d1, d2);
        boolean sThreads = Arrays.equals(s1, s2);

        double[] java = new double[k.sizeC];
        k.java(Kernels.singleThreaded(), a, b, java);
        double javaDiff = maxRelativeDifference(d1, java);
        int javaSame = countEqual(d1, java);

        System.out.printf(Locale.ROOT,
            "%-50s d: repeat1 %s repeat2 %s 1vs2thr %s heapVsOffheap %s | "
                + "s: repeat1 %s repeat2 %s 1vs2thr %s heapVsOffheap %s | "
                + "vs Java kernels: %d/%d bit-equal, max rel diff %.2e%n",
            k, dRepeat1, dRepeat2, dThreads, dOffHeap, sRepeat1, sRepeat2, sThreads, sOffHeap,
            javaSame, java.length, javaDiff);
        if (!(dRepeat1 && dRepeat2 && sRepeat1 && sRepeat2 && dOffHeap && sOffHeap)) {
          failures++;
        }
      }
    }
    System.out.println("shapes whose repeated calls differed: " + failures);
  }

  private static double[] dgemm(OpenBlasShapes.Call k, double[] a, double[] b) {
    double[] c = new double[k.sizeC];
    cblas_dgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0, a, k.lda, b, k.ldb, 0.0, c, k.ldc);
    return c;
  }

  private static float[] sgemm(OpenBlasShapes.Call k, float[] a, float[] b) {
    float[] c = new float[k.sizeC];
    cblas_sgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
        1.0f, a, k.lda, b, k.ldb, 0.0f, c, k.ldc);
    return c;
  }

  private static double[] dgemmOffHeap(OpenBlasShapes.Call k, double[] a, double[] b) {
    try (DoublePointer pa = new DoublePointer(a);
        DoublePointer pb = new DoublePointer(b);
        DoublePointer pc = new DoublePointer(k.sizeC)) {
      cblas_dgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
          1.0, pa, k.lda, pb, k.ldb, 0.0, pc, k.ldc);
      double[] c = new double[k.sizeC];
      pc.get(c);
      return c;
    }
  }

  private static float[] sgemmOffHeap(OpenBlasShapes.Call k, float[] a, float[] b) {
    try (FloatPointer pa = new FloatPointer(a);
        FloatPointer pb = new FloatPointer(b);
        FloatPointer pc = new FloatPointer(k.sizeC)) {
      cblas_sgemm(CblasRowMajor, k.transA, k.transB, k.m, k.n, k.k,
          1.0f, pa, k.lda, pb, k.ldb, 0.0f, pc, k.ldc);
      float[] c = new float[k.sizeC];
      pc.get(c);
      return c;
    }
  }

  private static double maxRelativeDifference(double[] x, double[] y) {
    double scale = 0;
    double diff = 0;
    for (int i = 0; i < x.length; i++) {
      scale = Math.max(scale, Math.abs(x[i]));
      diff = Math.max(diff, Math.abs(x[i] - y[i]));
    }
    return scale == 0 ? diff : diff / scale;
  }

  private static int countEqual(double[] x, double[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.doubleToLongBits(x[i]) == Double.doubleToLongBits(y[i])) {
        same++;
      }
    }
    return same;
  }
}
