package org.nnlab.core.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Checks a file the user named before it is opened: it must exist, be a regular file and be
 * readable. A device such as {@code /dev/zero} would be read until memory runs out, and a FIFO
 * with no writer would never let the read start, so neither is opened.
 */
public final class InputFiles {
  private static final String NOT_FOUND = "file not found";
  private static final int FILE_TYPE_BITS = 0170000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int FIFO = 0010000;
  private static final int SOCKET = 0140000;

  private InputFiles() {}

  /**
   * Checks a file named on the command line; a problem is located at the file itself, as in
   * {@code model.yaml: file not found}.
   *
   * @param file the file
   * @param expected what it should be, such as {@code a YAML file}
   * @throws ConfigException when the file cannot be read as text
   */
  public static void checkNamedFile(Path file, String expected) {
    problem(file, expected).ifPresent(problem -> {
      throw new ConfigException(Location.ofFile(file.toString()), "", problem);
    });
  }

  /**
   * Checks a file named by a configuration key; a problem is located at the key and names the
   * file, as in {@code model.yaml:3:13: data.csv.path: /data/x.csv is a directory, expected a CSV
   * file}.
   *
   * @param file the file, resolved against the configuration's folder
   * @param expected what it should be, such as {@code a CSV file}
   * @param where where the key's value was written
   * @param keyPath the key, such as {@code data.csv.path}
   * @throws ConfigException when the file cannot be read as text
   */
  public static void checkNamedAt(Path file, String expected, Location where, String keyPath) {
    problem(file, expected).ifPresent(problem -> {
      throw new ConfigException(where, keyPath, problem.equals(NOT_FOUND)
          ? "file not found: " + file + " (paths are relative to the configuration's folder)"
          : file + " " + problem);
    });
  }

  /** The reason an opened file could not be read, in words. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  private static Optional<String> problem(Path file, String expected) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Optional.of(NOT_FOUND);
    } catch (IOException | SecurityException e) {
      return Optional.of("cannot be read: "
          + (e instanceof IOException io ? reason(io) : "permission denied"));
    }
    if (attributes.isDirectory()) {
      return Optional.of("is a directory, expected " + expected);
    }
    if (!attributes.isRegularFile()) {
      return Optional.of(kind(file) + ", expected a regular file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("cannot be read: permission denied");
    }
    return Optional.empty();
  }

  private static String kind(Path file) {
    int type;
    try {
      type = (Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE_BITS;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "is not a regular file";
    }
    return switch (type) {
      case CHARACTER_DEVICE, BLOCK_DEVICE -> "is a device";
      case FIFO -> "is a FIFO (named pipe)";
      case SOCKET -> "is a socket";
      default -> "is not a regular file";
    };
  }
}
