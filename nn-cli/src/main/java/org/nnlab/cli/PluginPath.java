package org.nnlab.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;

/**
 * The plugin folders of one run, in search order: each {@code --plugins DIR}, then each folder of
 * the {@code NN_PLUGINS} path list, then {@code ~/.nnlab/plugins} when it exists. A folder named
 * twice is searched once.
 */
final class PluginPath {
  /** The environment variable holding a path list of plugin folders. */
  static final String ENVIRONMENT = "NN_PLUGINS";

  private PluginPath() {}

  /**
   * Resolves the folders.
   *
   * @param options the folders given with {@code --plugins}, in order
   * @param environment the value of {@code NN_PLUGINS}, or {@code null} when it is not set
   * @param userHome the user's home folder, or {@code null} when unknown
   * @return existing folders, each once
   * @throws ConfigException when a folder given by option or environment does not exist
   */
  static List<Path> folders(Collection<Path> options, String environment, String userHome) {
    Map<Path, Path> folders = new LinkedHashMap<>();
    for (Path folder : options) {
      add(folders, folder, "--plugins");
    }
    if (environment != null) {
      for (String entry : environment.split(Pattern.quote(File.pathSeparator))) {
        if (!entry.isBlank()) {
          add(folders, path(entry.trim(), ENVIRONMENT), ENVIRONMENT);
        }
      }
    }
    if (userHome != null) {
      Path home = path(userHome, "user.home").resolve(".nnlab").resolve("plugins");
      if (Files.isDirectory(home)) {
        add(folders, home, "~/.nnlab/plugins");
      }
    }
    return new ArrayList<>(folders.values());
  }

  private static void add(Map<Path, Path> folders, Path folder, String where) {
    if (Files.isRegularFile(folder)) {
      throw new ConfigException(Location.ofFile(where), "", "'" + folder + "' is a file, not a "
          + "folder; give the folder that holds the plugin jars");
    }
    if (!Files.isDirectory(folder)) {
      throw new ConfigException(Location.ofFile(where), "", "no such folder '" + folder
          + "'; expected a folder that holds plugin jars");
    }
    Path key;
    try {
      key = folder.toRealPath();
    } catch (IOException e) {
      key = folder.toAbsolutePath().normalize();
    }
    folders.putIfAbsent(key, folder);
  }

  private static Path path(String text, String where) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ConfigException(Location.ofFile(where), "", "'" + text + "' is not a valid folder "
          + "name: " + e.getReason());
    }
  }
}
