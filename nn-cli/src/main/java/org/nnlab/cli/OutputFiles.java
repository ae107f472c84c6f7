package org.nnlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;
import org.nnlab.core.report.AtomicFiles;
import org.nnlab.core.report.AtomicFolder;
import org.nnlab.core.report.FolderLock;
import org.nnlab.core.report.SavedModel;

/**
 * The files and folders a command writes: checked before any training, so that a typo in a path
 * does not cost a finished run, and written atomically with one-line errors that name the file
 * the user gave and the reason.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Checks that {@code file} can be written: a device or FIFO must be writable; for anything
   * else, the folder of the file it replaces (a link's target) exists or is created, and is
   * writable.
   */
  static void checkFile(Path file, String option) {
    if (file.toString().isEmpty()) {
      throw new ConfigException(Location.ofFile(option), "", "expected a file name, found nothing");
    }
    if (Files.isDirectory(file)) {
      throw refused(file, option, "is a folder, expected a file name");
    }
    if (AtomicFiles.writesThrough(file)) {
      if (!Files.isWritable(file)) {
        throw refused(file, option, "cannot write it: permission denied");
      }
      return;
    }
    Path folder;
    try {
      folder = AtomicFiles.destination(file).getParent();
    } catch (IOException e) {
      throw refused(file, option, "cannot write it: " + reason(e));
    }
    checkFolder(folder, option + " " + file);
  }

  /** Checks that {@code folder} exists or can be created, and is writable. */
  static void checkFolder(Path folder, String option) {
    if (folder.toString().isEmpty()) {
      throw new ConfigException(Location.ofFile(option), "",
          "expected a folder name, found nothing");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException | SecurityException e) {
      throw refused(folder, option, "cannot create this folder: " + fileInTheWay(folder)
          .map(file -> file + " is a file, not a folder").orElseGet(() -> reason(e)));
    }
    if (!Files.isWritable(folder)) {
      throw refused(folder, option, "cannot write into this folder: permission denied");
    }
  }

  // The nearest existing path on the way, when it is not a folder.
  private static Optional<Path> fileInTheWay(Path folder) {
    for (Path path = folder; path != null; path = path.getParent()) {
      if (Files.exists(path)) {
        return Files.isDirectory(path) ? Optional.empty() : Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /** Writes text atomically. */
  static void write(Path file, String text, String option) {
    write(file, text.getBytes(StandardCharsets.UTF_8), option);
  }

  /** Writes bytes atomically. */
  static void write(Path file, byte[] bytes, String option) {
    write(file, out -> out.write(bytes), option);
  }

  /**
   * Writes content atomically as it is produced: a file appears whole once the content is
   * complete, and not at all when producing it throws.
   */
  static void write(Path file, AtomicFiles.Content content, String option) {
    try {
      AtomicFiles.write(file, content);
    } catch (IOException | SecurityException e) {
      throw refused(file, option, "cannot write it: " + reason(e));
    }
  }

  /** Saves a trained model, its large arrays in a sidecar file, never removing {@code keep}. */
  static void save(Path file, Map<String, Object> model, Collection<Path> keep, String option) {
    try {
      SavedModel.write(file, model, keep);
    } catch (IOException | SecurityException e) {
      throw refused(file, option, "cannot write it: " + reason(e));
    }
  }

  /**
   * Claims an output folder before any training: refuses it when it holds an input of the run,
   * when another running process holds it, or when replacing it would lose a file that is not
   * one of {@code names}.
   */
  static FolderLock claimFolder(Path folder, String option, List<RunFiles.Input> inputs,
      Collection<String> names) {
    checkFolder(folder, option);
    RunFiles.checkFolder(option, folder, inputs);
    FolderLock lock;
    try {
      lock = FolderLock.acquire(folder);
    } catch (FolderLock.HeldException e) {
      throw refused(folder, option, "is in use by another nn compare" + e.owner().stream()
          .mapToObj(pid -> " (process " + pid + ")").findFirst().orElse("")
          + "; wait for it to finish or choose another folder");
    } catch (IOException | SecurityException e) {
      throw refused(folder, option, "cannot be locked: " + reason(e));
    }
    Optional<String> lost;
    try {
      lost = AtomicFolder.lostEntry(folder, names);
    } catch (IOException | SecurityException e) {
      release(lock);
      throw refused(folder, option, "cannot be read: " + reason(e));
    }
    if (lost.isPresent()) {
      release(lock);
      throw refused(folder, option, "holds " + lost.get() + ", which nn compare did not write; "
          + "give a new or empty folder, or an earlier nn compare output");
    }
    return lock;
  }

  /** Releases a folder claimed with {@link #claimFolder}. */
  static void release(FolderLock lock) {
    try {
      lock.close();
    } catch (IOException e) {
      // The lock itself ends with the process; only its file may stay, to be taken over.
    }
  }

  /** Writes the files (name to content) as the whole content of {@code folder}, atomically. */
  static void writeFolder(Path folder, Map<String, byte[]> files, String option) {
    try {
      AtomicFolder.write(folder, files);
    } catch (IOException | SecurityException e) {
      throw refused(folder, option, "cannot write it: " + reason(e));
    }
  }

  private static ConfigException refused(Path path, String option, String problem) {
    return new ConfigException(Location.ofFile(option), "", path + " " + problem);
  }

  /** The reason of a file error in words, without the temporary file's name. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "a folder on the way does not exist";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
