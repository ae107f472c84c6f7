package org.nnlab.core.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for nnlab's temporary files and folders that say which process made them: {@code
 * .NAME.nnlab-PID-START-RANDOM.tmp}, where START is the process's start time in milliseconds. A
 * temporary whose process no longer runs was left by a killed nnlab and can be removed; one of a
 * running process never is. Anything not named this way is not nnlab's and is left alone.
 */
final class Temporaries {
  private static final Pattern NAME =
      Pattern.compile("\\..+\\.nnlab-(\\d{1,19})-(\\d{1,19})-[0-9a-f]{8}\\.tmp");
  // A long target name is shortened so that the temporary's name stays within 255 bytes.
  private static final int KEPT_NAME_CHARS = 48;

  private Temporaries() {}

  /** This process's owner mark, {@code PID-START}, as it appears in the names it makes. */
  static String owner() {
    ProcessHandle self = ProcessHandle.current();
    return self.pid() + "-" + startMillis(self);
  }

  /** A fresh temporary name next to {@code target}, owned by this process. */
  static Path next(Path target) {
    String name = target.getFileName().toString();
    if (name.length() > KEPT_NAME_CHARS) {
      int end = Character.isHighSurrogate(name.charAt(KEPT_NAME_CHARS - 1))
          ? KEPT_NAME_CHARS - 1 : KEPT_NAME_CHARS;
      name = name.substring(0, end);
    }
    String random = String.format(Locale.ROOT, "%08x", ThreadLocalRandom.current().nextInt());
    return target.resolveSibling("." + name + ".nnlab-" + owner() + "-" + random + ".tmp");
  }

  /**
   * Removes the temporaries directly inside {@code folder} whose process has ended. Best effort:
   * a temporary that cannot be removed stays, and nothing else is touched.
   */
  static void removeStale(Path folder) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.nnlab-*.tmp")) {
      for (Path entry : entries) {
        if (isStale(entry.getFileName().toString())) {
          deleteTree(entry);
        }
      }
    } catch (IOException | SecurityException e) {
      // Cleaning up is a courtesy; the write itself does not depend on it.
    }
  }

  /** Tells whether a name is an nnlab temporary of a process that no longer runs. */
  static boolean isStale(String name) {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      return false;
    }
    try {
      return !running(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Tells whether process {@code pid}, started at {@code start} (0 when unknown), runs. */
  static boolean running(long pid, long start) {
    return ProcessHandle.of(pid)
        .map(handle -> start == 0 || startMillis(handle) == 0 || startMillis(handle) == start)
        .orElse(false);
  }

  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /** Deletes a file, or a folder and everything in it, without following symbolic links. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(root);
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
