package org.nnlab.bench;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasTrans;

import java.util.Random;
import org.nnlab.core.internal.kernel.MatrixKernels;

/**
 * A dense layer's three products as row-major CBLAS calls, for the OpenBLAS probe.
 *
 * <p>A layer {@code in -> out} at batch {@code b}: x is {@code b x in}, W is {@code out x in},
 * dz is {@code b x out}. Each product has 2·b·in·out flops.
 */
enum OpenBlasShapes {
  /** z = x · Wᵀ: m = b, n = out, k = in. */
  FORWARD,
  /** dW = dzᵀ · x: m = out, n = in, k = b. */
  WEIGHT_GRADIENT,
  /** dx = dz · W: m = b, n = in, k = out. */
  INPUT_GRADIENT;

  /** Parses a shape named like {@code 784x256b128}: in, out, batch. */
  static int[] parse(String shape) {
    int x = shape.indexOf('x');
    int b = shape.indexOf('b');
    return new int[] {
      Integer.parseInt(shape.substring(0, x)),
      Integer.parseInt(shape.substring(x + 1, b)),
      Integer.parseInt(shape.substring(b + 1))
    };
  }

  static OpenBlasShapes of(String product) {
    switch (product) {
      case "forward":
        return FORWARD;
      case "weightGradient":
        return WEIGHT_GRADIENT;
      case "inputGradient":
        return INPUT_GRADIENT;
      default:
        throw new IllegalArgumentException(product);
    }
  }

  /** One product on one layer shape: the CBLAS arguments and the operand sizes. */
  static final class Call {
    final OpenBlasShapes product;
    final int in;
    final int out;
    final int batch;
    final int transA;
    final int transB;
    final int m;
    final int n;
    final int k;
    final int lda;
    final int ldb;
    final int ldc;
    final int sizeA;
    final int sizeB;
    final int sizeC;

    Call(OpenBlasShapes product, int in, int out, int batch) {
      this.product = product;
      this.in = in;
      this.out = out;
      this.batch = batch;
      switch (product) {
        case FORWARD: // A = x (b x in), B = W (out x in), C = z (b x out)
          transA = CblasNoTrans;
          transB = CblasTrans;
          m = batch;
          n = out;
          k = in;
          lda = in;
          ldb = in;
          ldc = out;
          sizeA = batch * in;
          sizeB = out * in;
          break;
        case WEIGHT_GRADIENT: // A = dz (b x out), B = x (b x in), C = dW (out x in)
          transA = CblasTrans;
          transB = CblasNoTrans;
          m = out;
          n = in;
          k = batch;
          lda = out;
          ldb = in;
          ldc = in;
          sizeA = batch * out;
          sizeB = batch * in;
          break;
        default: // A = dz (b x out), B = W (out x in), C = dx (b x in)
          transA = CblasNoTrans;
          transB = CblasNoTrans;
          m = batch;
          n = in;
          k = out;
          lda = out;
          ldb = in;
          ldc = in;
          sizeA = batch * out;
          sizeB = out * in;
          break;
      }
      sizeC = m * n;
    }

    static Call of(String shape, String product) {
      int[] s = parse(shape);
      return new Call(OpenBlasShapes.of(product), s[0], s[1], s[2]);
    }

    String shapeName() {
      return in + "x" + out + "b" + batch;
    }

    String productName() {
      return product == FORWARD ? "forward"
          : product == WEIGHT_GRADIENT ? "weightGradient" : "inputGradient";
    }

    double flops() {
      return 2.0 * m * n * k;
    }

    /** The same product with nnlab's pure-Java kernels (double only). */
    void java(MatrixKernels kernels, double[] a, double[] b, double[] c) {
      switch (product) {
        case FORWARD:
          kernels.multiplyTransposedRight(a, b, c, batch, in, out);
          break;
        case WEIGHT_GRADIENT:
          kernels.multiplyTransposedLeft(a, b, c, batch, out, in);
          break;
        default:
          kernels.multiply(a, b, c, batch, out, in);
          break;
      }
    }

    @Override
    public String toString() {
      return product + " " + in + "->" + out + " b" + batch + " (m=" + m + " n=" + n + " k=" + k
          + ")";
    }
  }

  static double[] gaussian(Random random, int size) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }

  static float[] toFloat(double[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = (float) v[i];
    }
    return f;
  }
}
