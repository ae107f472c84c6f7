package org.nnlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C while a command runs: a shutdown hook that asks the work to stop and then waits (up to
 * a minute) until the command says its outputs are written, so that an interrupted run keeps
 * what it finished. The JVM then exits with code 130, as a shell expects of SIGINT.
 */
final class Interruption implements AutoCloseable {
  private static final long WAIT_SECONDS = 60;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch written = new CountDownLatch(1);
  private final Thread hook;

  private Interruption(String name) {
    this.hook = new Thread(() -> {
      requested.set(true);
      try {
        written.await(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
  }

  /** Installs the hook; close it once the outputs are written. */
  static Interruption install(String name) {
    Interruption interruption = new Interruption(name);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  /** Whether Ctrl-C was pressed: asked before every batch. */
  boolean requested() {
    return requested.get();
  }

  /** The outputs are written: lets an interrupted JVM exit, or removes the hook. */
  @Override
  public void close() {
    written.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down (Ctrl-C); the hook returns now that outputs are written.
    }
  }
}
