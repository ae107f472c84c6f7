package org.nnlab.core.registry;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs plugin code that only describes the plugin (its name, API version, description, and the
 * constructor these need) on a daemon thread, and gives up when it does not answer in time: a
 * plugin that never returns costs one problem line, not a hung command.
 */
final class TimeLimit {
  /** How long a plugin may take to be created or to describe itself. */
  static final Duration DESCRIBE = Duration.ofSeconds(2);

  private TimeLimit() {}

  /**
   * What a call gave: a value, what it threw, or nothing in time.
   *
   * @param value the result, when the call returned
   * @param failure what the call threw, or {@code null}
   * @param timedOut whether the call did not finish within the limit
   */
  record Answer<T>(T value, Throwable failure, boolean timedOut) {
    /** The answer of a call that returned {@code value}. */
    static <T> Answer<T> of(T value) {
      return new Answer<>(value, null, false);
    }

    boolean returned() {
      return failure == null && !timedOut;
    }
  }

  /**
   * Calls {@code code} on a new daemon thread and waits at most {@code limit} for it.
   *
   * @param code the plugin code
   * @param limit how long to wait
   * @return the answer
   */
  static <T> Answer<T> call(Callable<T> code, Duration limit) {
    FutureTask<T> task = new FutureTask<>(code);
    Thread thread = new Thread(task, "nnlab-plugin-call");
    thread.setDaemon(true);
    thread.start();
    try {
      return Answer.of(task.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      return new Answer<>(null, e.getCause(), false);
    } catch (TimeoutException e) {
      stop(thread);
      return new Answer<>(null, null, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(thread);
      return new Answer<>(null, null, true);
    }
  }

  /** The words for a call that did not answer, such as {@code name() did not answer within 2 s}. */
  static String notAnswering(String call, Duration limit) {
    return call + " did not answer within " + limit.toSeconds() + " s; nn gave up on it";
  }

  // Thread.stop is the only way to end code that never returns, so that it does not keep a core
  // busy. Java 20 and later refuse it: the daemon thread then runs on until nn exits.
  @SuppressWarnings("deprecation")
  private static void stop(Thread thread) {
    try {
      thread.stop();
    } catch (UnsupportedOperationException | SecurityException e) {
      // Left to run; being a daemon, it does not keep nn from exiting.
    }
  }
}
