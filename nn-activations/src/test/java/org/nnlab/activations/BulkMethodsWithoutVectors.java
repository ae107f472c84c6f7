package org.nnlab.activations;

import java.util.List;
import org.nnlab.api.Activation;

/**
 * Run by {@link WithoutVectorModuleTest} in a JVM without {@code jdk.incubator.vector}: calls the
 * bulk methods of relu, sigmoid and tanh in both precisions and exits 1 unless each entry is its
 * scalar {@code apply} (rounded to float for floats).
 */
public final class BulkMethodsWithoutVectors {
  private BulkMethodsWithoutVectors() {}

  /** Prints one line and exits 0 when every bulk result equals the scalar one. */
  public static void main(String[] args) {
    if (VectorSupport.AVAILABLE) {
      System.out.println("the vector module is present: nothing to check");
      System.exit(1);
    }
    double[] x = new double[37];
    float[] xf = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (i - 18) * 0.37;
      xf[i] = (float) x[i];
    }
    for (Activation activation : List.<Activation>of(new Relu(), new Sigmoid(), new Tanh())) {
      double[] y = new double[x.length];
      float[] yf = new float[x.length];
      activation.applyAll(x, y, x.length);
      activation.applyAll(xf, yf, x.length);
      for (int i = 0; i < x.length; i++) {
        if (y[i] != activation.apply(x[i]) || yf[i] != (float) activation.apply(xf[i])) {
          System.out.println(activation.getClass().getSimpleName() + " differs at " + x[i]);
          System.exit(1);
        }
      }
    }
    System.out.println("vector module absent; relu, sigmoid and tanh agree with their scalar forms");
  }
}
