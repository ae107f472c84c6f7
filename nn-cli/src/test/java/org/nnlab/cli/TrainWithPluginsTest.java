package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.NnApi;
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
    // The verdict's explanation names the activation: "mean tanh_plugin' per layer ...".
    assertEquals(afterSummary(builtIn.out()),
        afterSummary(plugin.out()).replace("mean tanh_plugin' ", "mean tanh' "));
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
        + "nn-api " + NnApi.VERSION;
    assertEquals("warning: " + problem + "\nerror: " + config("next") + ":3:48: "
        + "model.activation: activation 'next' could not be loaded: " + problem + "\n",
        result.err());
  }

  @Test
  void providersThrowingErrorsFromEveryMethodCannotStopARunThatDoesNotUseThem()
      throws IOException {
    Path jar = BrokenPlugins.everyMethodThrows(plugins());
    Cli.Result result =
        Cli.run("train", "--plugins", plugins().toString(), config("tanh").toString());
    assertEquals(0, result.code(), result.err());
    assertEquals("warning: " + jar + ": com.acme.NameError: name() threw java.lang.AssertionError: "
        + "no name\n"
        + "warning: " + jar + ": com.acme.VersionError: apiVersion() threw "
        + "java.lang.StackOverflowError\n"
        + "warning: " + jar + ": com.acme.Spins: name() did not answer within 2 s; nn gave up on "
        + "it\n", result.err());
    assertTrue(result.out().contains("epoch 4: "), result.out());
  }

  @Test
  void aPluginThatThrowsWhileTrainingExitsWith1NamingItAndStillWritesSaveAndReport()
      throws IOException {
    Path jar = TestPlugins.jar(plugins().resolve("tired.jar")).source("com.acme.Tired",
        TestPlugins.changedActivation("com.acme.Tired", "tired",
            "@Override public Activation create", "static int calls;\n"
                + "  @Override public void applyAll(double[] x, double[] y, int count) {\n"
                + "    if (++calls == 29) throw new IllegalStateException(\"tired\");\n"
                + "    for (int i = 0; i < count; i++) y[i] = apply(x[i]);\n  }\n"
                + "  @Override public Activation create"))
        .service(org.nnlab.api.ActivationProvider.class, "com.acme.Tired").write();
    Path saved = folder.resolve("last.yaml");
    Path report = folder.resolve("report.json");
    Cli.Result result = Cli.run("train", "-q", "--plugins", plugins().toString(),
        config("tired").toString(), "--save", saved.toString(), "--report", report.toString());
    assertEquals(1, result.code(), result.err());
    // 200 samples in batches of 16: 13 batches an epoch, two layers of the plugin each; call 29
    // is the first layer of the second batch of epoch 2.
    assertEquals("error: a plugin failed at epoch 2, batch 2: layer 1: activation 'tired' "
        + "(com.acme.Tired, " + jar + ") applyAll() threw java.lang.IllegalStateException: "
        + "tired; the model keeps its values from before this batch\n", result.err());
    assertTrue(Files.readString(saved).contains("activation: tired"));
    assertTrue(Files.readString(report).contains("\"plugin_failure\" : {"));
  }

  @Test
  void aPluginThatFailsWhileBeingBuiltExitsWith2NamingIt() throws IOException {
    Path jar = BrokenPlugins.everyMethodThrows(plugins());
    Cli.Result result = Cli.run("train", "-q", "--plugins", plugins().toString(),
        config("createerror").toString());
    assertEquals(2, result.code(), result.err());
    assertEquals("error: " + config("createerror") + ":3:48: model.activation: activation "
        + "'createerror' (com.acme.CreateError, " + jar + ") failed to build: create() threw "
        + "java.lang.StackOverflowError\n", result.err());
  }

  @Test
  void aPluginWhoseConstructorThrowsIsRefusedWhenUsedSayingWhy() throws IOException {
    Path jar = BrokenPlugins.everyMethodThrows(plugins());
    Cli.Result result = Cli.run("train", "-q", "--plugins", plugins().toString(),
        config("constructorerror").toString());
    assertEquals(2, result.code(), result.err());
    assertEquals("error: " + config("constructorerror") + ":3:48: model.activation: activation "
        + "'constructorerror' could not be loaded: " + jar + ": com.acme.ConstructorError: its "
        + "constructor threw java.lang.AssertionError: not today\n", result.err());
  }

  @Test
  void compareRecordsARunWhosePluginFailedAsFailedWithTheSameLine() throws IOException {
    TestPlugins.jar(plugins().resolve("nan.jar")).source("com.acme.Nan",
        TestPlugins.changedActivation("com.acme.Nan", "nan",
            "@Override public Activation create", "@Override public void applyAll(double[] x, "
                + "double[] y, int count) { java.util.Arrays.fill(y, 0, count, Double.NaN); }\n"
                + "  @Override public Activation create"))
        .service(org.nnlab.api.ActivationProvider.class, "com.acme.Nan").write();
    Path out = folder.resolve("out");
    Cli.Result result = Cli.run("compare", "-q", "--plugins", plugins().toString(),
        config("tanh").toString(), "--vary", "model.activation=tanh,nan", "--out",
        out.toString());
    assertEquals(1, result.code(), result.err());
    assertTrue(result.out().contains("run 2 (nan, seed 3) failed: a plugin "
        + "failed at epoch 1, batch 1: layer 1: activation 'nan' (com.acme.Nan, "
        + plugins().resolve("nan.jar") + ") applyAll() returned an output of NaN from finite "
        + "inputs; the model keeps its values from before this batch\n"), result.out());
  }

  @Test
  void aPluginNameHoldingAnEscapeSequenceIsWarnedAboutWithTheSequenceEscaped()
      throws IOException {
    TestPlugins.jar(plugins().resolve("esc.jar")).source("com.acme.Esc",
        TestPlugins.activation("com.acme.Esc", "\\033[2J\\033[Hgotcha", "NnApi.VERSION", ""))
        .service(org.nnlab.api.ActivationProvider.class, "com.acme.Esc").write();
    Cli.Result result = Cli.run("train", "--plugins", plugins().toString(),
        config("tanh").toString());
    assertEquals("warning: " + plugins().resolve("esc.jar") + ": com.acme.Esc: invalid name "
        + "'\\u001b[2J\\u001b[Hgotcha', expected [a-z][a-z0-9_]*\n", result.err());
  }
}
