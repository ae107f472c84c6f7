package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
  @TempDir Path parent;

  /** Holds the lock of the folder given as argument until killed. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      FolderLock.acquire(Path.of(args[0]));
      System.out.println("held");
      System.out.flush();
      Thread.sleep(60_000);
    }
  }

  private static Process holder(Path folder) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Holder.class.getName(), folder.toString()).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("held", out.readLine());
    return process;
  }

  @Test
  void theLockFileLiesNextToTheFolderAndHoldsTheProcessId() throws Exception {
    Path folder = parent.resolve("out");
    try (FolderLock lock = FolderLock.acquire(folder)) {
      Path file = parent.resolve(".out.nnlab.lock");
      assertEquals(FolderLock.lockFile(folder), file);
      assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(file));
    }
  }

  @Test
  void aFolderAnotherRunningProcessHoldsIsRefusedNamingThatProcess() throws Exception {
    Path folder = parent.resolve("out");
    Process other = holder(folder);
    try {
      FolderLock.HeldException e =
          assertThrows(FolderLock.HeldException.class, () -> FolderLock.acquire(folder));
      assertEquals(OptionalLong.of(other.pid()), e.owner());
    } finally {
      other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theLockOfAKilledProcessIsTakenOver() throws Exception {
    Path folder = parent.resolve("out");
    holder(folder).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertTrue(Files.exists(FolderLock.lockFile(folder)), "kill -9 leaves the lock file");
    try (FolderLock lock = FolderLock.acquire(folder)) {
      assertEquals(ProcessHandle.current().pid() + "\n",
          Files.readString(FolderLock.lockFile(folder)));
    }
  }

  @Test
  void aSecondClaimWithinTheProcessIsRefusedToo() throws Exception {
    Path folder = parent.resolve("out");
    try (FolderLock lock = FolderLock.acquire(folder)) {
      assertThrows(FolderLock.HeldException.class, () -> FolderLock.acquire(folder));
    }
  }

  @Test
  void closingRemovesTheLockFileOnceAndNeverTheNextHoldersFile() throws Exception {
    Path folder = parent.resolve("out");
    FolderLock first = FolderLock.acquire(folder);
    first.close();
    assertFalse(Files.exists(FolderLock.lockFile(folder)));
    try (FolderLock second = FolderLock.acquire(folder)) {
      first.close();
      assertTrue(Files.exists(FolderLock.lockFile(folder)), "the second holder's lock stays");
    }
  }
}
