package org.nnlab.core.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a folder of files as a whole: they are written into a temporary folder next to it,
 * which then takes its place, so that the folder holds either all the old files or all the new
 * ones, never a mix. An existing folder is replaced only when that loses nothing but files being
 * written anew: it must be empty or hold only regular files of those names.
 */
public final class AtomicFolder {
  private AtomicFolder() {}

  /**
   * The first entry of {@code folder} that writing {@code names} into it would lose: a folder or
   * link, or a file of another name. Empty when the folder is missing, empty or holds only
   * regular files among {@code names}.
   */
  public static Optional<String> lostEntry(Path folder, Collection<String> names)
      throws IOException {
    Path destination = AtomicFiles.destination(folder);
    if (!Files.isDirectory(destination)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(destination)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!names.contains(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code files} (name to content) as the whole content of {@code folder}.
   *
   * @throws IOException when writing fails, or the folder holds something {@link #lostEntry}
   *     names; the folder is then unchanged, and in the second case the files are written to
   *     a new folder next to it, which the message names
   */
  public static void write(Path folder, Map<String, byte[]> files) throws IOException {
    Path destination = AtomicFiles.destination(folder);
    Path parent = destination.getParent();
    Files.createDirectories(parent);
    Temporaries.removeStale(parent);
    Path staging = Temporaries.next(destination);
    Files.createDirectory(staging);
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        writeNew(staging.resolve(file.getKey()), file.getValue());
      }
      Optional<String> lost = lostEntry(destination, files.keySet());
      if (lost.isPresent()) {
        Path aside = firstFree(destination);
        Files.move(staging, aside, StandardCopyOption.ATOMIC_MOVE);
        throw new IOException("it holds " + lost.get() + ", which this output would lose; "
            + "it is written to " + aside + " instead");
      }
      moveIntoPlace(staging, destination);
    } finally {
      if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
        Temporaries.deleteTree(staging);
      }
    }
  }

  private static void writeNew(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  // A rename replaces a missing or empty folder at once; a full one is first moved aside.
  private static void moveIntoPlace(Path staging, Path destination) throws IOException {
    if (!Files.exists(destination, LinkOption.NOFOLLOW_LINKS) || isEmpty(destination)) {
      Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Temporaries.next(destination);
    Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, destination, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    Temporaries.deleteTree(old);
  }

  private static Path firstFree(Path folder) {
    Path free = folder;
    for (int i = 2; Files.exists(free, LinkOption.NOFOLLOW_LINKS); i++) {
      free = folder.resolveSibling(folder.getFileName() + "-" + i);
    }
    return free;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }
}
