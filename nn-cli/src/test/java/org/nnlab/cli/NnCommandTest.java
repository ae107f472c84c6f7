package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.registry.TestPlugins;

class NnCommandTest {
  @TempDir Path folder;

  @Test
  void aPluginFolderNamedLikeACommandIsAFolder() throws IOException {
    TestPlugins.tanhJar(folder.resolve("plugins/tanh.jar"), "com.acme.PluginTanh", "tanh_plugin")
        .write();
    Files.writeString(folder.resolve("m.yaml"), Cli.VALID.replace("hidden: [4]",
        "hidden: [4]\n  activation: tanh_plugin"));
    // Run in the folder, so that the folder's name is exactly the command's.
    Cli.Result result = ChildNn.run(folder, "--plugins", "plugins", "train", "m.yaml");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("2 -> 4 tanh_plugin -> 1 "), result.out());
  }

  @Test
  void aFolderNamedTrainMayFollowTheTrainCommand() {
    Cli.Result result = Cli.run("train", "--plugins", "train", "m.yaml");
    assertEquals("error: --plugins: no such folder 'train'; expected a folder that holds plugin "
        + "jars\n", result.err());
  }
}
