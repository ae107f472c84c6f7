package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.train;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.registry.TestPlugins;

/** No output of a run may be one of its inputs or another of its outputs. */
class RunFilesTest {
  @TempDir Path dir;

  private Path config() {
    return Cli.write(dir, "victim.yaml", Cli.VALID);
  }

  @Test
  void aReportOverTheConfigIsRefusedBeforeTrainingAndTheConfigIsKept() throws Exception {
    Path config = config();
    assertRefused(train(config, "--report", config.toString()), "error: --report: " + config
        + " is the configuration of this run; choose another file");
    assertEquals(Cli.VALID, Files.readString(config));
  }

  @Test
  void theConfigNamedThroughDotDotOrALinkIsStillTheConfig() throws Exception {
    Path config = config();
    Path dotted = Files.createDirectory(dir.resolve("sub")).resolve("../victim.yaml");
    assertRefused(train(config, "--save", dotted.toString()), "is the configuration");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), config);
    assertRefused(train(config, "--save", link.toString()), "is the configuration");
    assertEquals(Cli.VALID, Files.readString(config));
  }

  @Test
  void aSaveOverTheCsvDataIsRefused() throws Exception {
    Path data = Cli.write(dir, "data.csv", "x1,x2,y\n0,0,0\n1,1,1\n");
    Path config = Cli.write(dir, "model.yaml", """
        model: {inputs: 2, hidden: [4], outputs: 1}
        loss: mse
        data: {csv: {path: data.csv, target: y}}
        """);
    assertRefused(train(config, "--save", data.toString()), "error: --save: " + data
        + " is the training data (data.csv.path) of this run; choose another file");
    assertEquals("x1,x2,y\n0,0,0\n1,1,1\n", Files.readString(data));
  }

  @Test
  void aHardLinkToTheDataIsTheData() throws Exception {
    Cli.write(dir, "data.csv", "x1,x2,y\n0,0,0\n1,1,1\n");
    Path link = Files.createLink(dir.resolve("same.csv"), dir.resolve("data.csv"));
    Path config = Cli.write(dir, "model.yaml", """
        model: {inputs: 2, hidden: [4], outputs: 1}
        loss: mse
        data: {csv: {path: data.csv, target: y}}
        """);
    assertRefused(train(config, "--report", link.toString()), "is the training data");
  }

  @Test
  void aSaveOverAPluginJarIsRefused() throws Exception {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Path jar = TestPlugins.tanhJar(plugins.resolve("tanh.jar"), "com.acme.Tanh", "acme_tanh")
        .write();
    assertRefused(Cli.run("train", "--plugins", plugins.toString(), config().toString(),
        "--save", jar.toString()), "error: --save: " + jar + " is a plugin jar of this run");
  }

  @Test
  void aReportAndASaveToOneFileAreRefused() {
    Path out = dir.resolve("out.yaml");
    assertRefused(train(config(), "--report", out.toString(), "--save", out.toString()),
        "error: --save: " + out + " is also the --report file; give each output its own file");
  }

  @Test
  void aSidecarTheConfigReadsIsAnInput() throws Exception {
    Path saved = dir.resolve("saved.yaml");
    Path wide = Cli.write(dir, "wide.yaml", """
        model: {inputs: 2, hidden: [40, 40], outputs: 2}
        loss: cross_entropy
        data: {synthetic: {name: moons, samples: 8}}
        """);
    assertEquals(0, train(wide, "--save", saved.toString(), "-q").code());
    Path sidecar;
    try (var entries = Files.list(dir)) {
      sidecar = entries.filter(p -> p.toString().endsWith(".arrays")).findFirst().orElseThrow();
    }
    assertRefused(train(saved, "--report", sidecar.toString()), "error: --report: " + sidecar
        + " is a sidecar file of the configuration of this run");
  }

  @Test
  void aCompareOutFolderHoldingTheConfigIsRefused() throws Exception {
    Path config = config();
    assertRefused(Cli.run("compare", config.toString(), "--out", dir.toString()),
        "error: --out: " + dir + " holds " + config + ", the configuration of this run; choose "
            + "another folder");
    assertEquals(Cli.VALID, Files.readString(config));
  }
  @Test
  void aCheckpointMayBeReplacedByTheSaveOfTheRunThatResumesFromIt() throws Exception {
    Path config = config();
    Path checkpoint = dir.resolve("checkpoint.yaml");
    assertEquals(0, train(config, "--epochs", "1", "--save", checkpoint.toString()).code());
    Cli.Result resumed = train(checkpoint, "--epochs", "2", "--save", checkpoint.toString());
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(Files.readString(checkpoint).contains("epochs_completed: 2"),
        Files.readString(checkpoint));
    assertRefused(train(checkpoint, "--epochs", "3", "--report", checkpoint.toString()),
        "error: --report: " + checkpoint + " is the configuration of this run");
  }
  @Test
  void aResumedRunThatDivergesLeavesTheCheckpointItWouldHaveReplaced() throws Exception {
    Path config = config();
    Path checkpoint = dir.resolve("checkpoint.yaml");
    assertEquals(0, train(config, "--epochs", "2", "--save", checkpoint.toString()).code());
    String saved = Files.readString(checkpoint);
    Cli.Result diverged = train(checkpoint, "--epochs", "6", "--set",
        "optimizer.learning_rate=1e150", "--save", checkpoint.toString());
    assertEquals(1, diverged.code(), diverged.err());
    assertTrue(diverged.out().contains("model not saved: " + checkpoint + " keeps the last "
        + "checkpoint written, from which training can resume"), diverged.out());
    assertEquals(saved, Files.readString(checkpoint));
  }
}
