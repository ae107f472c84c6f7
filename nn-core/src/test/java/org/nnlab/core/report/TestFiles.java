package org.nnlab.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Files for tests of how nnlab writes: FIFOs and device nodes made with the system's own tools
 * (a test that cannot have them, without the tool or root, is skipped with a message), file
 * types told apart, folder listings, and the id of a process that has ended.
 */
public final class TestFiles {
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;

  private TestFiles() {}

  /** Makes a FIFO at {@code path}, or skips the test. */
  public static Path fifo(Path path) {
    run("cannot make a FIFO with mkfifo here", "mkfifo", path.toString());
    return path;
  }

  /** Makes a node of the null device (character device 1, 3) at {@code path}, or skips. */
  public static Path nullDevice(Path path) {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "skipped: making a device node with mknod needs root");
    run("cannot make a device node with mknod here", "mknod", path.toString(), "c", "1", "3");
    return path;
  }

  /** Reads a FIFO (or any file) to its end on another thread, as a separate reader would. */
  public static CompletableFuture<String> readInBackground(Path path) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(path);
      } catch (IOException e) {
        return e.toString();
      }
    });
  }

  /** The names of the entries of {@code folder}, sorted. */
  public static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Tells whether {@code path} itself is a FIFO. */
  public static boolean isFifo(Path path) throws IOException {
    return type(path) == FIFO;
  }

  /** Tells whether {@code path} itself is a character device. */
  public static boolean isCharacterDevice(Path path) throws IOException {
    return type(path) == CHARACTER_DEVICE;
  }

  /** A process id no process has any more: that of a process that has ended. */
  public static long endedProcess() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("true").start();
    process.waitFor(10, TimeUnit.SECONDS);
    return process.pid();
  }

  private static int type(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)
        & TYPE_BITS;
  }

  private static void run(String skipMessage, String... command) {
    int code;
    try {
      code = new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      code = -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = -1;
    }
    Assumptions.assumeTrue(code == 0, "skipped: " + skipMessage);
  }
}
