package org.nnlab.core.internal.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Splits the output rows of a product between the threads of a fork-join pool. Each row goes to
 * exactly one thread, so results do not depend on how many threads there are.
 */
final class RowSplitter {
  /** Computes rows {@code from} (inclusive) to {@code to} (exclusive) of a product. */
  interface RowRange {
    void run(int from, int to);
  }

  private final ForkJoinPool pool;
  private final int parallelism;
  private final long threshold;

  /**
   * Creates a splitter.
   *
   * @param pool the pool, or {@code null} to run everything on the caller
   * @param threshold below this many multiply-adds a product runs on the caller
   */
  RowSplitter(ForkJoinPool pool, long threshold) {
    this.pool = pool;
    this.parallelism = pool == null ? 1 : pool.getParallelism();
    this.threshold = threshold;
  }

  // Small products stay on the caller, which also keeps them free of allocation.
  boolean runsOnCaller(int rows, long work) {
    return parallelism < 2 || work < threshold || rows < 2;
  }

  void split(int rows, RowRange body) {
    int chunks = Math.min(rows, parallelism * 4);
    pool.invoke(new RowTask(body, 0, rows, Math.max(1, rows / chunks)));
  }

  private static final class RowTask extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient RowRange body;
    private final int from;
    private final int to;
    private final int grain;

    RowTask(RowRange body, int from, int to, int grain) {
      this.body = body;
      this.from = from;
      this.to = to;
      this.grain = grain;
    }

    @Override
    protected void compute() {
      if (to - from <= grain) {
        body.run(from, to);
        return;
      }
      int mid = (from + to) >>> 1;
      invokeAll(new RowTask(body, from, mid, grain), new RowTask(body, mid, to, grain));
    }
  }
}
