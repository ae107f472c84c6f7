package org.nnlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One line on standard error, redrawn five times a second from a supplier, when standard error
 * is a terminal; nothing at all otherwise. Whatever else is printed to the same terminal goes
 * through {@link #printAbove}, so that the line never cuts through it.
 */
final class StatusLine implements AutoCloseable {
  private final PrintWriter err;
  private final Supplier<String> text;
  private final ScheduledExecutorService ticker;

  StatusLine(PrintWriter err, Supplier<String> text, boolean enabled) {
    this.err = err;
    this.text = text;
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

  /** Clears the line, runs {@code print} (which writes and flushes its own output), redraws. */
  void printAbove(Runnable print) {
    synchronized (err) {
      if (ticker != null) {
        err.print("\r\u001b[K");
        err.flush();
      }
      print.run();
    }
  }

  private void draw() {
    synchronized (err) {
      err.print("\r" + text.get() + "\u001b[K");
      err.flush();
    }
  }

  /** Stops drawing, waits for a drawing in progress, and clears the line. */
  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
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
