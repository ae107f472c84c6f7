package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.config.ConfigException;

class PluginPathTest {
  @TempDir Path root;

  private Path folder(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  @Test
  void optionsComeFirstThenTheEnvironmentListThenTheHomeFolder() throws IOException {
    Path a = folder("a");
    Path b = folder("b");
    Path c = folder("c");
    Path home = folder("home");
    Path homePlugins = folder("home/.nnlab/plugins");
    assertEquals(List.of(a, b, c, homePlugins), PluginPath.folders(List.of(a),
        b + File.pathSeparator + File.pathSeparator + c, home.toString()));
  }

  @Test
  void aFolderNamedTwiceIsSearchedOnce() throws IOException {
    Path a = folder("a");
    Path sameA = root.resolve("b").resolve("..").resolve("a");
    folder("b");
    assertEquals(List.of(a), PluginPath.folders(List.of(a, sameA), a.toString(), null));
  }

  @Test
  void aHomeWithoutAPluginFolderAddsNothing() throws IOException {
    assertEquals(List.of(), PluginPath.folders(List.of(), null, folder("home").toString()));
  }

  @Test
  void aMissingOptionFolderIsAnErrorNamingTheOption() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> PluginPath.folders(List.of(root.resolve("nope")), null, null));
    assertEquals("--plugins: no such folder '" + root.resolve("nope") + "'; expected a folder "
        + "that holds plugin jars", e.getMessage());
  }

  @Test
  void aMissingEnvironmentFolderIsAnErrorNamingTheVariable() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> PluginPath.folders(List.of(), root.resolve("gone").toString(), null));
    assertEquals("NN_PLUGINS: no such folder '" + root.resolve("gone") + "'; expected a folder "
        + "that holds plugin jars", e.getMessage());
  }

  @Test
  void aJarGivenInsteadOfItsFolderIsAnErrorSayingSo() throws IOException {
    Path jar = Files.writeString(root.resolve("swish.jar"), "");
    ConfigException e = assertThrows(ConfigException.class,
        () -> PluginPath.folders(List.of(jar), null, null));
    assertEquals("--plugins: '" + jar + "' is a file, not a folder; give the folder that holds "
        + "the plugin jars", e.getMessage());
  }
}
