package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.registry.RegistryLoader;

/**
 * A plugin that calls {@code System.exit} never ends nn silently. These tests run nn in a JVM
 * of its own: the exit would end the test's JVM.
 */
class PluginExitWatchTest {
  @TempDir Path folder;

  private Path plugins() throws IOException {
    return Files.createDirectories(folder.resolve("plugins"));
  }

  private Path config(String activation) throws IOException {
    return Files.writeString(folder.resolve(activation + ".yaml"), Cli.VALID
        .replace("hidden: [4]", "hidden: [4]\n  activation: " + activation));
  }

  @Test
  void aPluginThatExitsWhenLoadedCannotStopARunThatDoesNotUseIt() throws IOException {
    BrokenPlugins.exitsWhenLoaded(plugins());
    Cli.Result result = ChildNn.run(folder, "train", "--plugins", plugins().toString(),
        config("tanh").toString());
    assertEquals(0, result.code(), result.err());
    assertEquals("", result.err());
    assertTrue(result.out().contains("epoch 1: "), result.out());
  }

  @Test
  void aPluginThatExitsWhenAConfigUsesItEndsNnWithCode2NamingIt() throws IOException {
    Path jar = BrokenPlugins.exitsWhenLoaded(plugins());
    Cli.Result result = ChildNn.run(folder, "train", "--plugins", plugins().toString(),
        config("exits").toString());
    assertEquals(2, result.code(), result.err());
    assertEquals("error: plugin class com.acme.Exits (" + jar + ") called System.exit; a plugin "
        + "must throw an exception instead (nn stopped without writing its outputs)\n",
        result.err());
  }

  @Test
  void aPluginThatExitsWhileTrainingEndsNnWithCode1NamingIt() throws IOException {
    Path jar = BrokenPlugins.exitsWhileTraining(plugins());
    Cli.Result result = ChildNn.run(folder, "train", "-q", "--plugins", plugins().toString(),
        config("quits").toString());
    assertEquals(1, result.code(), result.err());
    assertEquals("error: plugin class com.acme.Quits (" + jar + ") called System.exit while "
        + "training; a plugin must throw an exception instead (nn stopped without writing its "
        + "outputs)\n", result.err());
  }

  @Test
  void listingAPluginThatExitsWhenLoadedEndsNnWithANonZeroCodeNamingIt() throws IOException {
    Path jar = BrokenPlugins.exitsWhenLoaded(plugins());
    Cli.Result result = ChildNn.run(folder, "plugins", "--plugins", plugins().toString());
    assertEquals(2, result.code(), result.err());
    assertTrue(result.err().startsWith("error: plugin class com.acme.Exits (" + jar + ") called "
        + "System.exit;"), result.err());
  }

  @Test
  void anExitCalledByNnlabItselfIsLeftAlone() {
    StackTraceElement[] stack = {
        new StackTraceElement(null, "java.base", "17", "java.lang.Shutdown", "exit", null, 1),
        new StackTraceElement(null, "java.base", "17", "java.lang.Runtime", "exit", null, 1),
        new StackTraceElement(null, "java.base", "17", "java.lang.System", "exit", null, 1),
        new StackTraceElement("app", null, null, Main.class.getName(), "main", null, 1)};
    assertEquals(Optional.empty(), PluginExitWatch.verdict(Map.of(Thread.currentThread(), stack),
        RegistryLoader.load(List.of())));
  }
}
