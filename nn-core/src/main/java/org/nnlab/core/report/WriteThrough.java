package org.nnlab.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes into an existing file that is not a regular one, such as {@code /dev/null} or a FIFO,
 * without replacing it.
 *
 * <p>Opening a FIFO for writing blocks until a process opens it for reading, and Java cannot open
 * it without blocking. So the open runs on its own thread; when no reader comes in time, this
 * process opens the FIFO for reading itself, which lets the blocked open return, and closes both.
 */
final class WriteThrough {
  private static final int FIFO = 0010000;
  private static final int TYPE_BITS = 0170000;

  private WriteThrough() {}

  static void write(Path target, AtomicFiles.Content content, Duration readerWait)
      throws IOException {
    try (FileChannel channel = open(target, readerWait)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      content.writeTo(out);
      out.flush();
    }
  }

  private static FileChannel open(Path target, Duration readerWait) throws IOException {
    CompletableFuture<FileChannel> opening = new CompletableFuture<>();
    Thread opener = new Thread(() -> {
      try {
        opening.complete(FileChannel.open(target, StandardOpenOption.WRITE));
      } catch (IOException | RuntimeException e) {
        opening.completeExceptionally(e);
      }
    }, "nn-open-" + target.getFileName());
    opener.setDaemon(true);
    opener.start();
    try {
      return opening.get(readerWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      release(target, opening);
      long millis = readerWait.toMillis();
      String wait = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
      throw new FileSystemException(target.toString(), null, (isFifo(target) ? "no process "
          + "read this FIFO" : "it did not open") + " within " + wait
          + "; start the reader first");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(target, opening);
      throw new FileSystemException(target.toString(), null, "interrupted while opening it");
    }
  }

  /**
   * Becoming the FIFO's reader lets the pending open for writing return; then both are closed.
   * On a thread of its own, so that a device whose open never returns blocks nobody.
   */
  private static void release(Path target, CompletableFuture<FileChannel> opening) {
    Thread releaser = new Thread(() -> {
      if (!opening.isDone()) {
        try (FileChannel reader = FileChannel.open(target, StandardOpenOption.READ)) {
          opening.join();
        } catch (IOException | RuntimeException e) {
          // The open failed, or a reader came after all: nothing stays blocked.
        }
      }
      opening.thenAccept(WriteThrough::closeQuietly);
    }, "nn-release-" + target.getFileName());
    releaser.setDaemon(true);
    releaser.start();
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written to it.
    }
  }

  private static boolean isFifo(Path target) {
    try {
      return ((Integer) Files.getAttribute(target, "unix:mode") & TYPE_BITS) == FIFO;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }
}
