package org.nnlab.core.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/** Reads the jars directly inside a plugin folder, reporting each one that cannot be read. */
final class PluginFolder {
  private PluginFolder() {}

  /**
   * Reads every {@code *.jar} directly inside {@code folder}, in name order.
   *
   * @param folder an existing folder
   * @param jars receives each jar that could be read
   * @param problems receives one problem for each jar that could not, and for a folder without
   *     jars
   */
  static void read(Path folder, List<PluginJar> jars, Collection<PluginProblem> problems) {
    List<Path> files;
    try (Stream<Path> entries = Files.list(folder)) {
      files = entries.filter(f -> f.getFileName().toString().endsWith(".jar"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(new PluginProblem(folder.toString(), "", "cannot list the folder: " + e));
      return;
    }
    if (files.isEmpty()) {
      problems.add(new PluginProblem(folder.toString(), "",
          "no .jar files in this plugin folder; expected the folder that holds the plugin jar, "
              + "such as a Maven project's target"));
    }
    for (Path file : files) {
      try {
        jars.add(PluginJar.read(file, problems));
      } catch (ZipException e) {
        problems.add(new PluginProblem(file.toString(), "",
            "not a jar file (" + e.getMessage() + "); nothing in it was loaded"));
      } catch (IOException e) {
        problems.add(new PluginProblem(file.toString(), "", "cannot be read: " + e));
      }
    }
  }
}
