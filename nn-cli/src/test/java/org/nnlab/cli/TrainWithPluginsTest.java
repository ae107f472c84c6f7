package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.registry.TestPlugins;

class TrainWithPluginsTest {
  @TempDir Path folder;

  private Path plugins() throws IOException {
    return Files.createDirectories(folder.resolve("plugins"));
  }

  private Path config(String activation) throws IOException {
    return Files.writeString(folder.resolve(activation + ".yaml"), """
        name: moons
        seed: 3
        model: {inputs: 2, hidden: [8, 8], activation: %s, outputs: 2, output_activation: linear}
        loss: cross_entropy
        optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.9}
        training: {epochs: 4, batch_size: 16}
        data: {synthetic: {name: moons, samples: 200, noise: 0.1}}
        """.formatted(activation));
  }

  private static String afterSummary(String out) {
    return out.substring(out.indexOf("\n") + 1);
  }

  @Test
  void trainsWithAPluginActivationAndPrintsTheSameTableAsTheBuiltIn() throws IOException {
    TestPlugins.tanhJar(plugins().resolve("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin")
        .write();
    Cli.Result plugin = Cli.run("train", "--plugins", plugins().toString(),
        config("tanh_plugin").toString());
    assertEquals(0, plugin.code(), plugin.err());
    assertEquals("", plugin.err());
    assertTrue(plugin.out().startsWith("moons: 2 -> 8 tanh_plugin -> 8 tanh_plugin -> 2 linear"),
        plugin.out());
    Cli.Result builtIn = Cli.run("train", config("tanh").toString());
    assertEquals(afterSummary(builtIn.out()), afterSummary(plugin.out()));
  }

  @Test
  void compareVariesBetweenAPluginAndABuiltInActivation() throws IOException {
    TestPlugins.tanhJar(plugins().resolve("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin")
        .write();
    Path out = folder.resolve("out");
    Cli.Result result = Cli.run("compare", "--plugins", plugins().toString(),
        config("tanh").toString(), "--vary", "model.activation=tanh,tanh_plugin", "--out",
        out.toString(), "-q");
    assertEquals(0, result.code(), result.err());
    String[] rows = result.out().lines().filter(l -> l.startsWith("tanh")).toArray(String[]::new);
    assertEquals(2, rows.length, result.out());
    assertEquals(rows[0].substring("tanh_plugin".length()),
        rows[1].substring("tanh_plugin".length()), "same numbers from plugin and built-in");
  }

  @Test
  void aBrokenPluginIsOneWarningAndTrainingCarriesOn() throws IOException {
    Files.writeString(plugins().resolve("broken.jar"), "not a zip");
    Cli.Result result =
        Cli.run("--plugins", plugins().toString(), "train", config("tanh").toString());
    assertEquals(0, result.code(), result.err());
    assertEquals("warning: " + plugins().resolve("broken.jar") + ": not a jar file (zip END "
        + "header not found); nothing in it was loaded\n", result.err());
    assertTrue(result.out().contains("epoch 4: "), result.out());
  }

  @Test
  void quietTrainingPrintsNoPluginWarning() throws IOException {
    Files.writeString(plugins().resolve("broken.jar"), "not a zip");
    Cli.Result result = Cli.run("train", "-q", "--plugins", plugins().toString(),
        config("tanh").toString());
    assertEquals(0, result.code(), result.err());
    assertEquals("", result.err());
  }

  @Test
  void aConfigUsingANameTwoJarsOfferExitsWith2NamingBothJars() throws IOException {
    Path a = TestPlugins.tanhJar(plugins().resolve("a.jar"), "com.a.Swish", "swish").write();
    Path b = TestPlugins.tanhJar(plugins().resolve("b.jar"), "com.b.Swish", "swish").write();
    Cli.Result result =
        Cli.run("train", "--plugins", plugins().toString(), config("swish").toString());
    assertEquals(2, result.code());
    assertEquals("warning: " + b + ": com.b.Swish: activation 'swish' is also provided by "
        + "com.a.Swish (" + a + "); a configuration that uses 'swish' will be refused\n"
        + "error: " + config("swish") + ":3:48: model.activation: activation 'swish' is provided "
        + "by more than one plugin: com.a.Swish (" + a + ") and com.b.Swish (" + b + "); remove "
        + "one of the jars from the plugin folders\n", result.err());
  }

  @Test
  void aConfigUsingABuiltInNameThatAPluginAlsoOffersExitsWith2() throws IOException {
    TestPlugins.tanhJar(plugins().resolve("relu.jar"), "com.acme.Relu", "relu").write();
    Cli.Result relu = Cli.run("train", "--plugins", plugins().toString(), config("relu").toString());
    assertEquals(2, relu.code());
    assertTrue(relu.err().contains("\nerror: " + config("relu") + ":3:48: model.activation: "
        + "activation 'relu' is provided by more than one plugin: org.nnlab.activations.Relu "
        + "(built in, "), relu.err());
    assertTrue(relu.err().endsWith("a plugin cannot replace a built-in: rename the plugin or "
        + "remove its jar\n"), relu.err());
    Cli.Result tanh = Cli.run("train", "--plugins", plugins().toString(), config("tanh").toString());
    assertEquals(0, tanh.code(), tanh.err());
  }

  @Test
  void aConfigUsingARefusedPluginExitsWith2SayingWhy() throws IOException {
    Path jar = TestPlugins.jar(plugins().resolve("next.jar"))
        .source("com.acme.Next", TestPlugins.activation("com.acme.Next", "next", "\"3.0\"", ""))
        .service(org.nnlab.api.ActivationProvider.class, "com.acme.Next").write();
    Cli.Result result = Cli.run("train", "--plugins", plugins().toString(), config("next").toString());
    assertEquals(2, result.code());
    String problem = jar + ": com.acme.Next: built for nn-api 3.0, needs nn-api 3.x; this is "
        + "nn-api 2.0";
    assertEquals("warning: " + problem + "\nerror: " + config("next") + ":3:48: "
        + "model.activation: activation 'next' could not be loaded: " + problem + "\n",
        result.err());
  }
}
