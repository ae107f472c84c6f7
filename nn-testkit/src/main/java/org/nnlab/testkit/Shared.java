package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.nnlab.api.Matrix;

/** Helpers shared by the contracts. */
final class Shared {
  private Shared() {}

  /** Runs {@code task} on several threads at once and returns every result. */
  static <T> List<T> onThreads(int copies, Supplier<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<T>> tasks = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        tasks.add(task::get);
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Fails unless each exact[i] agrees with estimate[i] to the contract's tolerance. */
  static void assertGradientsAgree(String what, double[] exact, double[] estimate) {
    for (int i = 0; i < exact.length; i++) {
      double error = FiniteDifferences.relativeError(exact[i], estimate[i], 1e-7);
      if (!(error < 1e-5)) {
        fail(what + "[" + i + "] is " + exact[i] + " but central finite differences give "
            + estimate[i]);
      }
    }
  }

  /**
   * Copies a matrix into a buffer allocated for three more rows, with NaN in every entry beyond
   * {@code rows() * cols()}: what the engine passes for a batch smaller than the largest.
   */
  static Matrix inLongerBuffer(Matrix matrix) {
    Matrix longer = new Matrix(matrix.rows() + 3, matrix.cols());
    Arrays.fill(longer.data(), Double.NaN);
    longer.resizeRows(matrix.rows());
    System.arraycopy(matrix.data(), 0, longer.data(), 0, matrix.size());
    return longer;
  }
}
