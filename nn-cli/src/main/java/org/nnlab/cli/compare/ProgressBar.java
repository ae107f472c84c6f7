package org.nnlab.cli.compare;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.nnlab.core.compare.ComparisonListener;
import org.nnlab.core.compare.PlannedRun;
import org.nnlab.core.compare.RunOutcome;

/**
 * A one-line progress bar on standard error: runs done, the epoch of the runs in progress, and
 * the time left, estimated from the epochs done so far. Redrawn five times a second; silent when
 * the output is not a terminal.
 */
public final class ProgressBar implements ComparisonListener, AutoCloseable {
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final int runs;
  private final long totalEpochs;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong epochsDone = new AtomicLong();
  private final ConcurrentHashMap<Integer, String> active = new ConcurrentHashMap<>();
  private final long started = System.nanoTime();
  private final ScheduledExecutorService ticker;

  /**
   * Starts a progress bar.
   *
   * @param err where to draw it
   * @param runs the number of runs
   * @param totalEpochs the epochs of all runs together
   * @param enabled whether to draw at all (false when standard error is not a terminal)
   */
  public ProgressBar(PrintWriter err, int runs, long totalEpochs, boolean enabled) {
    this.err = err;
    this.runs = runs;
    this.totalEpochs = Math.max(1, totalEpochs);
    if (enabled) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "nn-progress");
        thread.setDaemon(true);
        return thread;
      });
      ticker.scheduleAtFixedRate(this::draw, 0, 200, TimeUnit.MILLISECONDS);
    } else {
      ticker = null;
    }
  }

  @Override
  public void runStarted(PlannedRun run) {
    active.put(run.index(), "run " + (run.index() + 1) + " epoch 0/"
        + run.config().training().epochs());
  }

  @Override
  public void epochFinished(PlannedRun run, int epoch) {
    epochsDone.incrementAndGet();
    active.put(run.index(), "run " + (run.index() + 1) + " epoch " + epoch + "/"
        + run.config().training().epochs());
  }

  @Override
  public void runFinished(RunOutcome outcome) {
    done.incrementAndGet();
    active.remove(outcome.run().index());
  }

  /** The line as it would be drawn now, for tests. */
  String line() {
    double fraction = Math.min(1.0, (double) epochsDone.get() / totalEpochs);
    int filled = (int) Math.round(fraction * WIDTH);
    double elapsed = (System.nanoTime() - started) / 1e9;
    String left = fraction > 0 ? duration(elapsed * (1 - fraction) / fraction) : "--:--";
    StringBuilder line = new StringBuilder("[")
        .append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
        .append(done.get()).append('/').append(runs).append(" runs");
    active.values().stream().sorted().limit(2).forEach(a -> line.append(" | ").append(a));
    return line.append(" | ").append(left).append(" left").toString();
  }

  private void draw() {
    synchronized (err) {
      err.print("\r" + line() + "\u001b[K");
      err.flush();
    }
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }

  /**
   * Tells whether standard error is a terminal. Java cannot tell by itself which stream is a
   * terminal ({@code System.console()} looks at standard input and output), so the {@code nn}
   * launcher checks with {@code [ -t 2 ]} and passes {@code -Dnn.stderr.terminal=true}.
   */
  public static boolean stderrIsTerminal() {
    return Boolean.getBoolean("nn.stderr.terminal");
  }

  /** Stops drawing, waits for a drawing in progress, and clears the line. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdown();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (err) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
