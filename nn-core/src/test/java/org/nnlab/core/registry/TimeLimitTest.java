package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  @Test
  void aCallThatReturnsGivesItsValue() {
    assertEquals("swish", TimeLimit.call(() -> "swish", SHORT).value());
  }

  @Test
  void aCallThatThrowsAnErrorGivesTheError() {
    AssertionError error = new AssertionError("no");
    assertEquals(error, TimeLimit.call(() -> {
      throw error;
    }, SHORT).failure());
  }

  @Test
  void aCallThatNeverReturnsTimesOut() {
    assertTrue(TimeLimit.call(TimeLimitTest::spin, SHORT).timedOut());
  }

  @Test
  void aCallThatNeverReturnsIsStoppedWhereTheJvmAllowsIt() throws InterruptedException {
    assumeTrue(Runtime.version().feature() < 20, "Thread.stop works up to Java 19");
    AtomicReference<Thread> spinner = new AtomicReference<>();
    TimeLimit.call(() -> {
      spinner.set(Thread.currentThread());
      return spin();
    }, SHORT);
    spinner.get().join(5_000);
    assertFalse(spinner.get().isAlive(), "the spinning thread was stopped");
  }

  @Test
  void theCallRunsOnADaemonThread() {
    assertTrue(TimeLimit.call(() -> Thread.currentThread().isDaemon(), SHORT).value());
  }

  private static String spin() {
    while (!Thread.interrupted()) {
      Thread.onSpinWait();
    }
    return "never";
  }
}
