package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.registry.TestPlugins;

class PluginsCommandTest {

  @Test
  void listsEveryBuiltInWithItsClassAndSource() {
    Cli.Result result = Cli.run("plugins");
    assertEquals(0, result.code(), result.err());
    String out = result.out();
    for (String name : new String[] {"sigmoid", "relu", "tanh", "linear", "sgd", "mse",
        "cross_entropy", "binary_cross_entropy", "huber", "l1", "dense"}) {
      assertTrue(out.contains("  " + name + " "), name + " missing from:\n" + out);
    }
    assertTrue(out.contains("org.nnlab.activations.Sigmoid (built in, "), out);
    assertTrue(out.contains("org.nnlab.optimizers.SgdProvider (built in, "), out);
    assertTrue(out.contains("activations:") && out.contains("optimizers:")
        && out.contains("losses:") && out.contains("layer types:"), out);
    assertTrue(out.startsWith("plugin folders: none"), out);
  }

  @Test
  void listsAPluginWithItsJarBesideTheBuiltIns(@TempDir Path plugins) throws IOException {
    Path jar = TestPlugins.tanhJar(plugins.resolve("tanh-plugin.jar"), "com.acme.PluginTanh",
        "tanh_plugin").write();
    Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().startsWith("plugin folders: " + plugins + "\n"), result.out());
    assertTrue(result.out().contains("  tanh_plugin     tanh(x), as a plugin\n"
        + "                  com.acme.PluginTanh (" + jar + ")\n"), result.out());
    assertTrue(result.out().contains("  tanh            tanh(x); derivative at most 1"));
    assertTrue(!result.out().contains("problems:"), result.out());
  }

  @Test
  void thePluginsOptionMayComeBeforeTheSubcommand(@TempDir Path plugins) throws IOException {
    TestPlugins.tanhJar(plugins.resolve("t.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    Cli.Result result = Cli.run("--plugins", plugins.toString(), "plugins");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("  tanh_plugin "), result.out());
  }

  @Test
  void foldersBeforeAndAfterTheSubcommandAreAllSearched(@TempDir Path root) throws IOException {
    Path first = root.resolve("first");
    Path second = root.resolve("second");
    TestPlugins.tanhJar(first.resolve("a.jar"), "com.a.Tanh", "tanh_a").write();
    TestPlugins.tanhJar(second.resolve("b.jar"), "com.b.Tanh", "tanh_b").write();
    Cli.Result result = Cli.run("--plugins", first.toString(), "plugins", "--plugins",
        second.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().startsWith("plugin folders: " + first + ", " + second), result.out());
    assertTrue(result.out().contains("  tanh_a ") && result.out().contains("  tanh_b "),
        result.out());
  }

  @Test
  void problemsAreListedWithTheirJars(@TempDir Path plugins) throws IOException {
    Files.writeString(plugins.resolve("broken.jar"), "not a zip");
    Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().endsWith("\nproblems:\n  " + plugins.resolve("broken.jar")
        + ": not a jar file (zip END header not found); nothing in it was loaded\n"),
        result.out());
  }

  @Test
  void aMissingPluginFolderIsAOneLineErrorWithExitCode2(@TempDir Path root) {
    Cli.Result result = Cli.run("plugins", "--plugins", root.resolve("nope").toString());
    assertEquals(2, result.code());
    assertEquals("error: --plugins: no such folder '" + root.resolve("nope") + "'; expected a "
        + "folder that holds plugin jars\n", result.err());
  }

  @Test
  void theHomePluginFolderIsSearchedWhenItExists(@TempDir Path home) throws IOException {
    TestPlugins.tanhJar(home.resolve(".nnlab/plugins/t.jar"), "com.acme.HomeTanh", "tanh_home")
        .write();
    String saved = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      Cli.Result result = Cli.run("plugins");
      assertEquals(0, result.code(), result.err());
      assertTrue(result.out().contains("  tanh_home "), result.out());
    } finally {
      System.setProperty("user.home", saved);
    }
  }

  @Test
  void providersThrowingErrorsFromEveryMethodAreEachOneProblemAndTheRestIsListed(
      @TempDir Path plugins) throws IOException {
    Path jar = BrokenPlugins.everyMethodThrows(plugins);
    Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().endsWith("\nproblems:\n"
        + "  " + jar + ": com.acme.NameError: name() threw java.lang.AssertionError: no name\n"
        + "  " + jar + ": com.acme.VersionError: apiVersion() threw java.lang.StackOverflowError\n"
        + "  " + jar + ": com.acme.Spins: name() did not answer within 2 s; nn gave up on it\n"
        + "  " + jar + ": com.acme.ConstructorError: its constructor threw "
        + "java.lang.AssertionError: not today\n"), result.out());
  }

  @Test
  void aDescriptionThatThrowsAnErrorIsShownInItsPlace(@TempDir Path plugins) throws IOException {
    BrokenPlugins.everyMethodThrows(plugins);
    Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());
    assertTrue(result.out().contains("  descriptionerror (description() threw "
        + "java.lang.AssertionError: no words)\n"), result.out());
  }

  @Test
  void aProviderThatCannotBeCreatedIsListedPointingAtTheProblems(@TempDir Path plugins)
      throws IOException {
    BrokenPlugins.everyMethodThrows(plugins);
    Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());
    assertTrue(result.out().contains("  constructorerror (cannot be created; see problems)\n"),
        result.out());
  }

  @Test
  void aDescriptionHoldingAnEscapeSequenceIsListedEscaped(@TempDir Path plugins)
      throws IOException {
    TestPlugins.jar(plugins.resolve("esc.jar")).source("com.acme.Esc",
        TestPlugins.changedActivation("com.acme.Esc", "esc", "\"tanh(x), as a plugin\"",
            "\"\\033[2J\\033[Hall clear\""))
        .service(org.nnlab.api.ActivationProvider.class, "com.acme.Esc").write();
    Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());
    assertTrue(result.out().contains("  esc             \\u001b[2J\\u001b[Hall clear\n"),
        result.out());
  }
}
