package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingResult;

class SavedModelTest {
  private static final String CONFIG = """
      name: saved
      seed: 12
      model: {inputs: 2, hidden: [6, 5], activation: tanh, outputs: 2, init: he_normal}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.5}
      training: {epochs: 3, batch_size: 16}
      data: {synthetic: {name: circles, samples: 80, noise: 0.05}}
      """;

  private static Experiment reload(Path file) {
    return Experiment.prepare(new ConfigReader().read(file), TestExperiments.REGISTRY,
        Kernels.defaults());
  }

  @Test
  void savedModelLoadsWithBitIdenticalParameters(@TempDir Path folder) throws Exception {
    Experiment trained = TestExperiments.fromYaml(CONFIG);
    TestExperiments.train(trained);
    Path file = folder.resolve("out/model.yaml");
    SavedModel.write(file, ResolvedConfig.trained(trained, Optional.empty(), file), List.of());

    assertSameParameters(trained, reload(file));
  }

  @Test
  void savedModelKeepsEverySettingAndTrainsOnFromWhereItStopped(@TempDir Path folder)
      throws Exception {
    Experiment trained = TestExperiments.fromYaml(CONFIG);
    TrainingResult first = TestExperiments.train(trained);
    Path file = folder.resolve("model.yaml");
    SavedModel.write(file, ResolvedConfig.trained(trained, Optional.empty(), file), List.of());

    Experiment loaded = reload(file);
    assertEquals("saved", loaded.config().name());
    assertEquals(12, loaded.config().seed());
    assertEquals(3, loaded.config().training().epochs());
    assertEquals(0.5, loaded.resolvedOptimizer().get("momentum"));
    assertEquals("he_normal", loaded.network().layers().get(0).description().init());
    TrainingResult more = TestExperiments.train(loaded);
    assertEquals(3, more.epochs().size());
    double lastLoss = first.epochs().get(2).loss();
    double continued = more.epochs().get(0).loss();
    assertEquals(true, continued < first.epochs().get(0).loss(),
        "continued training starts at loss " + continued + ", first run ended near " + lastLoss);
  }

  @Test
  void aSavedModelNamesEachLayersBiasInitAndReloadsItsDrawnBiasesBitForBit(@TempDir Path folder)
      throws Exception {
    Experiment trained = TestExperiments.fromYaml(CONFIG.replace("init: he_normal}",
        "init: he_normal, bias_init: standard}"));
    TestExperiments.train(trained);
    Path file = folder.resolve("model.yaml");
    save(trained, file);
    String yaml = Files.readString(file);
    assertEquals(3, yaml.lines().filter(line -> line.equals("      bias_init: standard")).count(),
        yaml);
    Experiment loaded = reload(file);
    assertEquals("standard", loaded.network().layers().get(2).description().biasInit());
    assertSameParameters(trained, loaded);
  }

  @Test
  void theResolvedConfigurationWritesTheDefaultBiasInitAfterInit() {
    String yaml = YamlWriter.write(ResolvedConfig.initial(TestExperiments.fromYaml(CONFIG)));
    assertTrue(yaml.contains("      init: he_normal\n      bias_init: zeros\n"), yaml);
  }

  @Test
  void csvPathIsRewrittenRelativeToTheSavedFile(@TempDir Path folder) throws Exception {
    Path data = folder.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("points.csv"), "x1,x2,y\n0,0,0\n1,1,1\n0,1,1\n1,0,1\n");
    Path config = data.resolve("model.yaml");
    Files.writeString(config, """
        model: {inputs: 2, layers: [{units: 1, activation: sigmoid}]}
        loss: mse
        data: {csv: {path: points.csv, target: y}}
        """);
    Experiment experiment = reload(config);
    Path saved = folder.resolve("models/trained.yaml");
    SavedModel.write(saved, ResolvedConfig.trained(experiment, Optional.empty(), saved), List.of());
    assertEquals(4, reload(saved).data().size());
  }

  private static final String WIDE = """
      seed: 5
      model: {inputs: 2, hidden: [40, 40], activation: tanh, outputs: 2}
      loss: cross_entropy
      training: {epochs: 1, batch_size: 8}
      data: {synthetic: {name: moons, samples: 16}}
      """;

  private static void assertSameParameters(Experiment expected, Experiment actual) {
    List<Parameter> want = expected.network().parameters();
    List<Parameter> got = actual.network().parameters();
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      assertArrayEquals(want.get(i).values(), got.get(i).values(), 0.0, want.get(i).toString());
    }
  }

  private static void save(Experiment experiment, Path file) throws IOException {
    SavedModel.write(file, ResolvedConfig.trained(experiment, Optional.empty(), file), List.of());
  }


  private static List<String> sidecars(Path folder) throws IOException {
    return TestFiles.names(folder).stream().filter(n -> n.endsWith(".arrays")).toList();
  }

  @Test
  void arraysOfMoreThan1024NumbersGoToOneSidecarAndReloadBitForBit(@TempDir Path folder)
      throws Exception {
    Experiment trained = TestExperiments.fromYaml(WIDE);
    TestExperiments.train(trained);
    Path file = folder.resolve("model.yaml");
    save(trained, file);
    List<String> sidecars = sidecars(folder);
    assertEquals(1, sidecars.size(), TestFiles.names(folder).toString());
    assertTrue(sidecars.get(0).matches("model\\.yaml\\.[0-9a-f]{16}\\.arrays"), sidecars.get(0));
    String yaml = Files.readString(file);
    assertTrue(yaml.contains("weights: !sidecar {file: " + sidecars.get(0)
        + ", offset: 0, shape: [40, 40]}"), yaml);
    assertTrue(yaml.contains("  - ["), "the 40 x 2 and 2 x 40 weights stay inline: " + yaml);
    assertSameParameters(trained, reload(file));
  }

  @Test
  void aSmallModelHasNoSidecar(@TempDir Path folder) throws Exception {
    save(TestExperiments.fromYaml(CONFIG), folder.resolve("model.yaml"));
    assertEquals(List.of("model.yaml"), TestFiles.names(folder));
  }

  @Test
  void largeInlineDataGoesToTheSidecarToo(@TempDir Path folder) throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      rows.append(i == 0 ? "" : ", ").append("[").append(i).append(", ").append(i % 7)
          .append("]");
    }
    Experiment experiment = TestExperiments.fromYaml("""
        model: {inputs: 2, layers: [{units: 1}]}
        loss: mse
        data: {inline: {inputs: [%s], targets: [%s]}}
        """.formatted(rows, rows.toString().replaceAll("\\[(\\d+), \\d+]", "$1")));
    Path file = folder.resolve("model.yaml");
    save(experiment, file);
    assertTrue(Files.readString(file).contains("inputs: !sidecar"), Files.readString(file));
    assertEquals(1000, reload(file).data().size());
  }

  @Test
  void aFourMillionParameterModelSavesAndReloadsBitForBitInSeconds(@TempDir Path folder)
      throws Exception {
    Experiment big = TestExperiments.fromYaml("""
        model: {inputs: 2, hidden: [2000, 2000], activation: tanh, outputs: 2}
        loss: cross_entropy
        data: {synthetic: {name: xor, samples: 8}}
        """);
    long parameters = big.network().parameters().stream().mapToLong(Parameter::size).sum();
    assertEquals(4_012_002, parameters);
    Path file = folder.resolve("big.yaml");
    long start = System.nanoTime();
    save(big, file);
    long saved = System.nanoTime();
    Experiment loaded = reload(file);
    long reloaded = System.nanoTime();
    System.out.printf("4M parameters: save %d ms, reload %d ms, YAML %d bytes%n",
        (saved - start) / 1_000_000, (reloaded - saved) / 1_000_000, Files.size(file));
    assertSameParameters(big, loaded);
    assertTrue(Files.size(file) < 4096, "the YAML stays small");
    assertTrue(reloaded - saved < 20_000_000_000L, "reloaded within seconds");
  }

  @Test
  void savingAgainReplacesTheOldSidecar(@TempDir Path folder) throws Exception {
    Experiment experiment = TestExperiments.fromYaml(WIDE);
    Path file = folder.resolve("model.yaml");
    save(experiment, file);
    String first = sidecars(folder).get(0);
    TestExperiments.train(experiment);
    save(experiment, file);
    List<String> now = sidecars(folder);
    assertEquals(1, now.size(), now.toString());
    assertFalse(now.contains(first), "the old sidecar is removed once the YAML is in place");
    assertSameParameters(experiment, reload(file));
  }

  @Test
  void aSaveKilledAfterItsSidecarKeepsThePreviousModelLoadable(@TempDir Path folder)
      throws Exception {
    Experiment experiment = TestExperiments.fromYaml(WIDE);
    Experiment before = TestExperiments.fromYaml(WIDE);
    Path file = folder.resolve("model.yaml");
    save(experiment, file);
    TestExperiments.train(experiment);
    // The first step of a save, then a kill -9 before the YAML is replaced.
    Sidecar.Split next = Sidecar.split(ResolvedConfig.trained(experiment, Optional.empty(), file), "model.yaml");
    next.sidecar().write(folder.resolve(next.sidecar().fileName()));
    Files.writeString(folder.resolve(".model.yaml.nnlab-" + TestFiles.endedProcess()
        + "-0-0000abcd.tmp"), "half a YAML");
    assertSameParameters(before, reload(file));
    save(experiment, file);
    assertEquals(List.of("model.yaml", next.sidecar().fileName()), TestFiles.names(folder));
  }

  @Test
  void aSidecarTheRunReadsIsNeverRemoved(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.yaml");
    save(TestExperiments.fromYaml(WIDE), file);
    Path used = folder.resolve(sidecars(folder).get(0));
    Path copy = Files.copy(file, folder.resolve("copy.yaml"));
    Experiment fromCopy = reload(copy);
    SavedModel.write(file, ResolvedConfig.trained(TestExperiments.fromYaml(CONFIG),
        Optional.empty(), file),
        List.of(used));
    assertTrue(Files.exists(used));
    assertSameParameters(fromCopy, reload(copy));
  }

  @Test
  void aModelSavedIntoAFifoIsWrittenWholeWithoutSidecar(@TempDir Path folder) throws Exception {
    Path fifo = TestFiles.fifo(folder.resolve("pipe"));
    CompletableFuture<String> read = TestFiles.readInBackground(fifo);
    Experiment experiment = TestExperiments.fromYaml(WIDE);
    save(experiment, fifo);
    String yaml = read.get();
    assertFalse(yaml.contains("!sidecar"), yaml);
    Path copy = Files.writeString(folder.resolve("copy.yaml"), yaml);
    assertSameParameters(experiment, reload(copy));
    assertEquals(List.of("copy.yaml", "pipe"), TestFiles.names(folder), "no sidecar next to the FIFO");
  }

  @Test
  void aNameWithControlCharactersNelAndALoneSurrogateSurvivesSaveAndReload(
      @TempDir Path folder) throws Exception {
    Experiment experiment = TestExperiments.fromYaml(
        "name: \"a\\x7Fb\\x9Bc\\Nd\\uD800e\\u2028f\"\n" + CONFIG.substring(CONFIG.indexOf('\n') + 1));
    assertEquals("a\u007fb\u009bc\u0085d\ud800e\u2028f", experiment.config().name());
    Path file = folder.resolve("model.yaml");
    save(experiment, file);
    assertEquals(experiment.config().name(), reload(file).config().name());
  }
}
