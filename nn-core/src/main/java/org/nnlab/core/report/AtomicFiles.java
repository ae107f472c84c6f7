package org.nnlab.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written
 * file, and so that nothing but the file's content changes.
 *
 * <ul>
 *   <li>A regular file (or a new one) is replaced atomically: the bytes go to a temporary file in
 *       the same folder, flushed to disk, which then takes the target's name and permissions.
 *   <li>A symbolic link is followed: its target is replaced, the link stays.
 *   <li>Anything else that exists, such as {@code /dev/null} or a FIFO, is written through, never
 *       replaced. A FIFO that no process opens for reading within {@link #READER_WAIT} is an
 *       error rather than a wait forever.
 * </ul>
 *
 * <p>Temporaries of nnlab processes that were killed are removed from the folder written to.
 */
public final class AtomicFiles {
  /** How long writing to a FIFO waits for a process to open it for reading. */
  public static final Duration READER_WAIT = Duration.ofSeconds(10);

  private static final int MAX_LINKS = 40;

  /** Something to write, produced into a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write; buffered, and closed by the caller
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes text as UTF-8, creating missing parent folders. */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes, creating missing parent folders. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes content, creating missing parent folders. */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, READER_WAIT);
  }

  static void write(Path target, Content content, Duration readerWait) throws IOException {
    if (writesThrough(target)) {
      WriteThrough.write(target, content, readerWait);
    } else {
      replace(destination(target), content);
    }
  }

  /**
   * Tells whether {@code target} exists as something other than a regular file or folder (a
   * device, a FIFO, a socket), which is written through rather than replaced.
   */
  public static boolean writesThrough(Path target) {
    return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
  }

  /**
   * The file that writing {@code target} replaces: its absolute path with every symbolic link
   * followed, also a link whose target does not exist yet.
   *
   * @throws IOException when a link cannot be read, or there are too many
   */
  public static Path destination(Path target) throws IOException {
    Path path = target.toAbsolutePath();
    for (int links = 0; Files.isSymbolicLink(path); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(target.toString(), null, "too many symbolic links");
      }
      path = path.resolveSibling(Files.readSymbolicLink(path));
    }
    return realFolder(path.getParent()).resolve(path.getFileName());
  }

  // The longest existing part of the path is resolved for real; the rest cannot hold links.
  private static Path realFolder(Path folder) throws IOException {
    if (folder == null) {
      return Path.of("/");
    }
    if (Files.exists(folder)) {
      return folder.toRealPath();
    }
    Path parent = realFolder(folder.getParent());
    return parent.resolve(folder.getFileName()).normalize();
  }

  private static void replace(Path destination, Content content) throws IOException {
    Path folder = destination.getParent();
    Files.createDirectories(folder);
    Temporaries.removeStale(folder);
    // A plain new file (not createTempFile) so that it gets the usual permissions.
    Path temporary = Temporaries.next(destination);
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(destination, temporary);
      move(temporary, destination);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPermissions(Path destination, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(destination,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view != null && Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
    }
  }

  /** Renames {@code from} to {@code to} atomically where the file system can, replacing it. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
