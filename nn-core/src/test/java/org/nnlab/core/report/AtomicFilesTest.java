package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path folder;


  @Test
  void replacesARegularFileAndLeavesNothingElse() throws Exception {
    Path file = Files.writeString(folder.resolve("report.json"), "old");
    AtomicFiles.write(file, "new");
    assertEquals("new", Files.readString(file));
    assertEquals(List.of("report.json"), TestFiles.names(folder));
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws Exception {
    Path target = Files.writeString(Files.createDirectory(folder.resolve("real"))
        .resolve("model.yaml"), "old");
    Path link = Files.createSymbolicLink(folder.resolve("model.yaml"), target);
    AtomicFiles.write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(target));
  }

  @Test
  void aDanglingSymbolicLinkGetsItsTargetCreated() throws Exception {
    Path link = Files.createSymbolicLink(folder.resolve("model.yaml"), Path.of("later.yaml"));
    AtomicFiles.write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(folder.resolve("later.yaml")));
  }

  @Test
  void replacingAFileKeepsItsPermissions() throws Exception {
    Path file = Files.writeString(folder.resolve("secret.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.write(file, "new");
    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aDeviceNodeIsWrittenThroughAndStaysADevice() throws Exception {
    Path device = TestFiles.nullDevice(folder.resolve("null"));
    AtomicFiles.write(device, "discarded");
    assertTrue(TestFiles.isCharacterDevice(device), "still the device, not a regular file");
    assertEquals(List.of("null"), TestFiles.names(folder));
  }

  @Test
  void aFifoIsWrittenThroughToItsReader() throws Exception {
    Path fifo = TestFiles.fifo(folder.resolve("pipe"));
    CompletableFuture<String> read = TestFiles.readInBackground(fifo);
    AtomicFiles.write(fifo, "{\"epochs\": []}\n");
    assertEquals("{\"epochs\": []}\n", read.get());
    assertTrue(TestFiles.isFifo(fifo));
  }

  @Test
  void aFifoThatNoProcessReadsIsAnErrorAfterTheWaitNotAHang() throws Exception {
    Path fifo = TestFiles.fifo(folder.resolve("pipe"));
    FileSystemException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(FileSystemException.class,
            () -> AtomicFiles.write(fifo, out -> out.write(1), Duration.ofMillis(300))));
    assertEquals("no process read this FIFO within 300 ms; start the reader first", e.getReason());
    assertTrue(TestFiles.isFifo(fifo));
  }

  @Test
  void staleTemporariesOfAKilledWriteAreRemovedByTheNextWrite() throws Exception {
    long ended = TestFiles.endedProcess();
    Files.writeString(folder.resolve(".model.yaml.nnlab-" + ended + "-0-0123abcd.tmp"), "half");
    AtomicFiles.write(folder.resolve("report.json"), "new");
    assertEquals(List.of("report.json"), TestFiles.names(folder));
  }
}
