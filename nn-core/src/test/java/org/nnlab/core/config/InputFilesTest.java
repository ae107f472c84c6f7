package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  private static final Location KEY = new Location("model.yaml", 3, 13);

  @TempDir Path dir;

  private static String refusedNamedFile(Path file) {
    return assertThrows(ConfigException.class,
        () -> InputFiles.checkNamedFile(file, "a YAML file")).getMessage();
  }

  private static String refusedNamedAt(Path file) {
    return assertThrows(ConfigException.class,
        () -> InputFiles.checkNamedAt(file, "a CSV file", KEY, "data.csv.path")).getMessage();
  }

  @Test
  void regularReadableFileIsAccepted() throws IOException {
    Path file = Files.writeString(dir.resolve("model.yaml"), "a: 1\n");
    assertDoesNotThrow(() -> InputFiles.checkNamedFile(file, "a YAML file"));
  }

  @Test
  void deviceIsRefusedAsNotARegularFile() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    assertAll(
        () -> assertEquals("/dev/zero: is a device, expected a regular file",
            refusedNamedFile(zero)),
        () -> assertEquals("model.yaml:3:13: data.csv.path: /dev/zero is a device, expected a "
            + "regular file", refusedNamedAt(zero)));
  }

  @Test
  void fifoIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "a system with mkfifo");
    String message = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> refusedNamedFile(fifo));
    assertEquals(fifo + ": is a FIFO (named pipe), expected a regular file", message);
  }

  @Test
  void directoryIsRefusedSayingWhatWasExpected() {
    assertEquals("model.yaml:3:13: data.csv.path: " + dir + " is a directory, expected a CSV "
        + "file", refusedNamedAt(dir));
  }

  @Test
  void missingFileNamedByAKeyIsLocatedAtTheKey() {
    Path file = dir.resolve("points.csv");
    assertEquals("model.yaml:3:13: data.csv.path: file not found: " + file + " (paths are "
        + "relative to the configuration's folder)", refusedNamedAt(file));
  }

  @Test
  void unreadableFileSaysPermissionDenied() throws IOException {
    Path file = Files.writeString(dir.resolve("model.yaml"), "a: 1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "a user who cannot read every file (not root)");
    assertEquals(file + ": cannot be read: permission denied", refusedNamedFile(file));
  }

  @Test
  void accessDeniedWhileReadingIsPermissionDenied() {
    assertEquals("permission denied", InputFiles.reason(new AccessDeniedException("x.csv")));
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
