package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {
  @TempDir Path parent;

  private static Map<String, byte[]> files(String... namesAndTexts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }


  @Test
  void writesEveryFileIntoANewFolderAndLeavesNoTemporary() throws Exception {
    Path out = parent.resolve("out");
    AtomicFolder.write(out, files("runs.csv", "new runs", "loss.png", "new chart"));
    assertEquals(List.of("loss.png", "runs.csv"), TestFiles.names(out));
    assertEquals(List.of("out"), TestFiles.names(parent));
  }

  @Test
  void anEarlierOutputIsReplacedAsAWhole() throws Exception {
    Path out = parent.resolve("out");
    AtomicFolder.write(out, files("runs.csv", "old runs", "loss.png", "old chart"));
    AtomicFolder.write(out, files("runs.csv", "new runs", "loss.png", "new chart"));
    assertEquals("new runs", Files.readString(out.resolve("runs.csv")));
    assertEquals("new chart", Files.readString(out.resolve("loss.png")));
    assertEquals(List.of("out"), TestFiles.names(parent));
  }

  @Test
  void anEmptyFolderIsReplaced() throws Exception {
    Path out = Files.createDirectory(parent.resolve("out"));
    AtomicFolder.write(out, files("runs.csv", "new runs"));
    assertEquals(List.of("runs.csv"), TestFiles.names(out));
  }

  @Test
  void aFolderHoldingAFileThatWouldBeLostIsLeftUnchangedAndTheFilesGoNextToIt() throws Exception {
    Path out = Files.createDirectory(parent.resolve("out"));
    Files.writeString(out.resolve("runs.csv"), "old runs");
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertEquals(Optional.of("notes.txt"), AtomicFolder.lostEntry(out, List.of("runs.csv")));
    IOException e = assertThrows(IOException.class,
        () -> AtomicFolder.write(out, files("runs.csv", "new runs")));
    assertEquals("it holds notes.txt, which this output would lose; it is written to "
        + parent.resolve("out-2") + " instead", e.getMessage());
    assertEquals("old runs", Files.readString(out.resolve("runs.csv")));
    assertEquals("new runs", Files.readString(parent.resolve("out-2/runs.csv")));
    assertEquals(List.of("out", "out-2"), TestFiles.names(parent), "no temporary left");
  }

  @Test
  void aSubfolderCountsAsSomethingToLose() throws Exception {
    Path out = Files.createDirectory(parent.resolve("out"));
    Files.createDirectory(out.resolve("runs.csv"));
    assertEquals(Optional.of("runs.csv"), AtomicFolder.lostEntry(out, List.of("runs.csv")));
  }

  @Test
  void aLinkToAFolderStaysALinkAndItsTargetIsReplaced() throws Exception {
    Path real = Files.createDirectory(parent.resolve("real"));
    Path link = Files.createSymbolicLink(parent.resolve("out"), real);
    AtomicFolder.write(link, files("runs.csv", "new runs"));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new runs", Files.readString(real.resolve("runs.csv")));
  }

  @Test
  void theStagingFolderOfAKilledProcessIsRemoved() throws Exception {
    long ended = TestFiles.endedProcess();
    Path staging = Files.createDirectory(parent.resolve(".out.nnlab-" + ended + "-0-0000abcd.tmp"));
    Files.writeString(staging.resolve("runs.csv"), "half written");
    AtomicFolder.write(parent.resolve("out"), files("runs.csv", "new runs"));
    assertEquals(List.of("out"), TestFiles.names(parent));
  }
}
