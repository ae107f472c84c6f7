package org.nnlab.core.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;

/**
 * Claims an output folder for one process: a lock file {@code .NAME.nnlab.lock} next to the
 * folder, holding the owner's process id, and locked with the operating system's file lock.
 * That lock ends with its process, however it ends, so the lock file of a killed process is
 * simply taken over. The lock file is removed on {@link #close()}.
 */
public final class FolderLock implements AutoCloseable {
  private static final int ATTEMPTS = 10;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean closed;

  private FolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Another process holds the folder. */
  public static final class HeldException extends IOException {
    private static final long serialVersionUID = 1L;

    private final OptionalLong owner;

    HeldException(Path folder, OptionalLong owner) {
      super(folder + " is in use by another process");
      this.owner = owner;
    }

    /** The holder's process id, when the lock file names it. */
    public OptionalLong owner() {
      return owner;
    }
  }

  /** The lock file of {@code folder}: next to it, so that replacing the folder keeps it. */
  public static Path lockFile(Path folder) throws IOException {
    Path destination = AtomicFiles.destination(folder);
    return destination.resolveSibling("." + destination.getFileName() + ".nnlab.lock");
  }

  /**
   * Claims {@code folder}, creating its parent folders.
   *
   * @throws HeldException when a running process holds it
   * @throws IOException when the lock file cannot be written
   */
  public static FolderLock acquire(Path folder) throws IOException {
    Path file = lockFile(folder);
    Files.createDirectories(file.getParent());
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      FolderLock claimed = tryClaim(file, folder);
      if (claimed != null) {
        return claimed;
      }
    }
    throw new IOException("its lock file " + file + " keeps changing");
  }

  /**
   * One claim: lock the file, then check that its name still refers to the file locked, since
   * the previous holder may have removed it just before releasing. The check uses the file's
   * identity, not its content: opening the file again would release the lock (POSIX locks end
   * when the process closes any descriptor of the file).
   */
  private static FolderLock tryClaim(Path file, Path folder) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    boolean kept = false;
    try {
      Object opened = identity(file);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new HeldException(folder, owner(channel));
      }
      if (opened == null || !opened.equals(identity(file))) {
        return null;
      }
      byte[] mark = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(mark), 0);
      channel.force(true);
      kept = true;
      return new FolderLock(file, channel, lock);
    } finally {
      if (!kept) {
        channel.close();
      }
    }
  }

  private static Object identity(Path file) throws IOException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static OptionalLong owner(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
      return OptionalLong.of(Long.parseLong(text.strip()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Removes the lock file, then releases the lock; once, however often it is called. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
