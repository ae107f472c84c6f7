package org.nnlab.core.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a trained model: the YAML configuration, and its large arrays in a sidecar file next to
 * it (see {@link Sidecar}), so that the pair stays consistent whatever happens. The sidecar, named
 * by its content's digest, is written first; then the YAML replaces the old one atomically; only
 * then are the sidecars the old YAML may have used removed. An interrupted save leaves the
 * previous model loadable.
 *
 * <p>A target that is written through (a device, a FIFO) gets the whole model inline, since a
 * sidecar next to it would mean nothing.
 */
public final class SavedModel {
  private SavedModel() {}

  /**
   * Writes {@code tree} to {@code target}.
   *
   * @param target the YAML file
   * @param tree the model's configuration, with {@link NumberArray}s for its arrays
   * @param keep files never removed, such as the sidecar the run's own configuration reads
   * @throws IOException when a file cannot be written
   */
  public static void write(Path target, Map<String, ?> tree, Collection<Path> keep)
      throws IOException {
    if (AtomicFiles.writesThrough(target)) {
      AtomicFiles.write(target, YamlWriter.write(tree));
      return;
    }
    Path yaml = AtomicFiles.destination(target);
    Sidecar.Split split = Sidecar.split(tree, yaml.getFileName().toString());
    Path sidecar = null;
    if (split.sidecar() != null) {
      sidecar = yaml.resolveSibling(split.sidecar().fileName());
      split.sidecar().write(sidecar);
    }
    AtomicFiles.write(yaml, YamlWriter.write(split.tree()));
    removeOldSidecars(yaml, sidecar, keep);
  }

  // Best effort: the model is saved by now, and a sidecar left over wastes only space.
  private static void removeOldSidecars(Path yaml, Path current, Collection<Path> keep) {
    Pattern names = Sidecar.namesFor(yaml.getFileName().toString());
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(yaml.getParent(),
        entry -> names.matcher(entry.getFileName().toString()).matches())) {
      for (Path entry : entries) {
        if (!entry.equals(current) && !isAnyOf(entry, keep)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | SecurityException e) {
      // Left for the next save to remove.
    }
  }

  private static boolean isAnyOf(Path file, Collection<Path> others) throws IOException {
    for (Path other : others) {
      if (Files.exists(other) && Files.isSameFile(file, other)) {
        return true;
      }
    }
    return false;
  }
}
