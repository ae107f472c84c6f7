package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporariesTest {
  @TempDir Path folder;


  @Test
  void aTemporaryOfThisProcessIsNotStale() {
    String name = Temporaries.next(folder.resolve("report.json")).getFileName().toString();
    assertFalse(Temporaries.isStale(name), name);
  }

  @Test
  void aTemporaryOfAProcessThatEndedIsStale() throws Exception {
    long ended = TestFiles.endedProcess();
    assertTrue(Temporaries.isStale(".report.json.nnlab-" + ended + "-0-0123abcd.tmp"));
  }

  @Test
  void aTemporaryWhosePidNowBelongsToAnotherProcessIsStale() {
    long self = ProcessHandle.current().pid();
    assertTrue(Temporaries.isStale(".report.json.nnlab-" + self + "-1-0123abcd.tmp"),
        "same pid, other start time: the pid was reused");
  }

  @Test
  void namesNnlabDidNotMakeAreNeverStale() {
    assertFalse(Temporaries.isStale(".report.json.3f2a9c1b-7d4e-4a05-9d1c-0e8a2b6c4f10.tmp"));
    assertFalse(Temporaries.isStale("report.json.nnlab-1-0-0123abcd.tmp"));
    assertFalse(Temporaries.isStale(".report.json.nnlab-1-0-0123abcd.tmp.bak"));
  }

  @Test
  void removingStaleTemporariesRemovesFilesAndFoldersOfEndedProcessesOnly() throws Exception {
    long ended = TestFiles.endedProcess();
    Files.writeString(folder.resolve(".a.yaml.nnlab-" + ended + "-0-00000001.tmp"), "half");
    Path staging = Files.createDirectory(folder.resolve(".out.nnlab-" + ended + "-0-00000002.tmp"));
    Files.writeString(staging.resolve("runs.csv"), "half");
    Path live = Files.writeString(Temporaries.next(folder.resolve("b.yaml")), "being written");
    Files.writeString(folder.resolve(".c.yaml.0b5e.tmp"), "not nnlab's");
    Temporaries.removeStale(folder);
    assertEquals(Stream.of(".c.yaml.0b5e.tmp", live.getFileName().toString()).sorted().toList(),
        TestFiles.names(folder));
  }

  @Test
  void aVeryLongNameGivesATemporaryNameWithinTheFileSystemsLimit() {
    String name = "m".repeat(250);
    Path temporary = Temporaries.next(folder.resolve(name));
    assertTrue(temporary.getFileName().toString().length() < 120, temporary.toString());
    assertFalse(Temporaries.isStale(temporary.getFileName().toString()));
  }
}
