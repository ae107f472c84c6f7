package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.report.TestFiles;

class TrainCommandTest {
  private static final String MAZUR = Path.of("..", "examples", "mazur.yaml").toString();
  private static final String VANISHING_RELU =
      Path.of("..", "examples", "vanishing-relu.yaml").toString();

  @Test
  void trainPrintsTheEpochTableAndAVerdict() {
    Cli.Result result = Cli.run("train", MAZUR);
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("mazur-2-2-2: 2 -> 2 sigmoid -> 2 sigmoid"), result.out());
    assertTrue(result.out().contains("     1     0.298371   "), result.out());
    assertTrue(result.out().contains("epoch 1: layer 1 gets 0.012 x the gradient of layer 2"),
        result.out());
    assertEquals("", result.err());
  }

  @Test
  void vanishingSigmoidExampleEndsWithAVanishingVerdict() {
    Cli.Result result = Cli.run("train", Path.of("..", "examples", "vanishing-sigmoid.yaml").toString(),
        "--epochs", "2");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("train acc"), result.out());
    assertTrue(result.out().matches("(?s).*epoch 2: layer 1 gets [0-9.e-]+ x the gradient of "
        + "layer 11: vanishing gradient.*"), result.out());
  }

  @Test
  void batchNormKeepsTheDeepSigmoidNetworksGradientHealthyAndTheTableShowsDenseLayersOnly() {
    Cli.Result result = Cli.run("train", Path.of("..", "examples", "vanishing-sigmoid.yaml")
        .toString(), "--epochs", "1", "--set", "model.normalization=batch_norm");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("vanishing-sigmoid: 2 -> 32 linear -> batch_norm 32 sigmoid "
        + "-> 32 linear -> batch_norm 32 sigmoid -> "), result.out());
    assertTrue(result.out().contains("(21 layers, 10,339 parameters)"), result.out());
    assertTrue(result.out().contains("         L1         L3         L5 "), result.out());
    assertTrue(result.out().matches("(?s).*epoch 1: layer 1 gets [0-9.]+ x the gradient of "
        + "layer 21: healthy gradient flow\n.*"), result.out());
  }

  @Test
  void standardBiasesTrainAndAreSavedWithTheirBiasInit(@TempDir Path folder) throws Exception {
    Path saved = folder.resolve("relu.yaml");
    Cli.Result result = Cli.run("train", VANISHING_RELU, "--set", "model.bias_init=standard",
        "--epochs", "3", "--save", saved.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().matches("(?s).*\n     3     [0-9.]+ .*"), result.out());
    String yaml = Files.readString(saved);
    assertEquals(11, yaml.lines().filter(line -> line.equals("      bias_init: standard"))
        .count(), yaml);
  }

  @Test
  void theDefaultBiasInitPrintsWhatBiasInitZerosPrints() {
    Cli.Result byDefault = Cli.run("train", VANISHING_RELU, "--epochs", "2");
    Cli.Result zeros = Cli.run("train", VANISHING_RELU, "--epochs", "2", "--set",
        "model.bias_init=zeros");
    assertEquals(0, byDefault.code(), byDefault.err());
    assertEquals(byDefault.out(), zeros.out());
  }

  @Test
  void verdictOfTheSeedNetworkExplainsItsRatioByTheSigmoidsDerivative() {
    // One step of examples/mazur.yaml: mean sigmoid'(z) of layer 1 is 0.240957 (nn explain).
    assertTrue(Cli.run("train", MAZUR).out().contains("epoch 1: layer 1 gets 0.012 x the "
        + "gradient of layer 2: healthy gradient flow (mean sigmoid' per layer 0.24 -> 0.24^1 = "
        + "0.24, measured 0.012)\n"));
  }

  @Test
  void verdictOfTheDeepSigmoidNetworkExplainsTheVanishingGradientByTenFactors() {
    String out = Cli.run("train", Path.of("..", "examples", "vanishing-sigmoid.yaml").toString(),
        "--epochs", "1").out();
    assertTrue(out.matches("(?s).*epoch 1: layer 1 gets ([0-9.e-]+) x the gradient of layer 11: "
        + "vanishing gradient \\(mean sigmoid' per layer (0\\.2[0-9]) -> \\2\\^10 = "
        + "[0-9.]+e-0[67], measured \\1\\)\n.*"), out);
  }

  @Test
  void verdictIsNotExplainedWhenTheHiddenActivationsDiffer(@TempDir Path folder) {
    Path config = Cli.write(folder, "mixed.yaml", """
        model:
          inputs: 2
          layers:
            - {units: 4, activation: tanh}
            - {units: 4, activation: sigmoid}
            - {units: 1, activation: linear}
        loss: mse
        data:
          inline:
            inputs: [[0, 0], [1, 1]]
            targets: [[0], [1]]
        """);
    String out = Cli.train(config).out();
    assertTrue(out.matches("(?s).*\nepoch 1: layer 1 gets [^\n]+ x the gradient of layer 3: "
        + "[a-z ]+\n.*"), out);
  }

  @Test
  void aScheduleAddsTheLearningRateColumnAndTheHeaderNamesItAndTheClipping() {
    Cli.Result result = Cli.run("train", MAZUR, "--epochs", "3", "--set",
        "optimizer.schedule={type: step, step_size: 2, gamma: 0.5}", "--set",
        "training.clip_grad_value=0.05");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("optimizer sgd, step schedule, clip value 0.05 |"),
        result.out());
    String[] lines = result.out().split("\n");
    assertTrue(lines[2].startsWith("engine: float64 | "), lines[2]);
    assertTrue(lines[3].startsWith(" epoch         loss         lr   |dL/dW| per layer:"),
        lines[3]);
    assertTrue(lines[5].matches(" +1 +[0-9.]+ +5\\.00e-01 .*"), lines[5]);
    assertTrue(lines[7].matches(" +3 +[0-9.]+ +2\\.50e-01 .*"), lines[7]);
  }

  @Test
  void withoutAScheduleTheTableHasNoLearningRateColumn() {
    assertTrue(!Cli.run("train", MAZUR).out().contains(" lr "));
  }

  @Test
  void quietPrintsNothing() {
    Cli.Result result = Cli.run("train", MAZUR, "--quiet");
    assertEquals(0, result.code());
    assertEquals("", result.out());
  }

  @Test
  void trainCountsTheClassesOfNumericClassIndicesAsOfTextLabels(@TempDir Path folder) {
    Path config = Cli.write(folder, "indices.yaml", """
        model: {inputs: 1, layers: [{units: 3, activation: linear}]}
        loss: cross_entropy
        data: {inline: {inputs: [0, 1, 2, 3], targets: [2, 0, 1, 0]}}
        """);
    Cli.Result result = Cli.run("train", config.toString(), "--epochs", "1");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("data: inline data, 4 samples, 3 classes | loss "),
        result.out());
  }

  @Test
  void epochsSeedAndSetOverrideTheFile(@TempDir Path folder) throws Exception {
    Path report = folder.resolve("report.json");
    Cli.Result result = Cli.run("train", MAZUR, "--epochs", "3", "--seed", "9", "--set",
        "optimizer.learning_rate=0.25", "--report", report.toString(), "-q");
    assertEquals(0, result.code(), result.err());
    String json = Files.readString(report);
    assertTrue(json.contains("\"epochs\" : 3"), json);
    assertTrue(json.contains("\"seed\" : 9"), json);
    assertTrue(json.contains("\"learning_rate\" : 0.25"), json);
  }

  @Test
  void saveWritesAModelThatTrainAcceptsAgain(@TempDir Path folder) throws Exception {
    Path saved = folder.resolve("trained.yaml");
    assertEquals(0, Cli.run("train", MAZUR, "--save", saved.toString(), "-q").code());
    String yaml = Files.readString(saved);
    assertTrue(yaml.contains("- [0.1497807161327628, 0.19956143226552567]"), yaml);
    Cli.Result again = Cli.run("train", saved.toString(), "--epochs", "2");
    assertEquals(0, again.code(), again.err());
    // After one step with biases updated too, E_total is 0.280471447 (hand-computed).
    assertTrue(again.out().contains("     2     0.280471 "), again.out());
  }

  @Test
  void aSavedRunThatCompletedItsEpochsHasNothingToTrain(@TempDir Path folder) {
    Path saved = folder.resolve("trained.yaml");
    assertEquals(0, Cli.run("train", MAZUR, "--save", saved.toString(), "-q").code());
    Cli.Result again = Cli.run("train", saved.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("already trained 1 of 1 epochs; nothing to train (give "
        + "--epochs N to train to N epochs)"), again.out());
  }

  @Test
  void reportAndSaveCreateMissingFolders(@TempDir Path folder) {
    Path report = folder.resolve("a/b/report.json");
    Path saved = folder.resolve("c/d/model.yaml");
    assertEquals(0, Cli.run("train", MAZUR, "--report", report.toString(), "--save",
        saved.toString(), "-q").code());
    assertTrue(Files.isRegularFile(report));
    assertTrue(Files.isRegularFile(saved));
  }

  @Test
  void divergingTrainingExitsWithOneNamesWhereAndStillSavesTheLastFiniteModel(
      @TempDir Path folder) throws Exception {
    Path config = folder.resolve("diverge.yaml");
    Files.writeString(config, """
        model:
          inputs: 1
          layers:
            - {units: 1, activation: linear, weights: [[1.0e+200]], biases: [0.0]}
            - {units: 1, activation: linear, weights: [[1.0e+200]], biases: [0.0]}
        loss: mse
        training: {epochs: 1, batch_size: 1, shuffle: false}
        data: {inline: {inputs: [1], targets: [1]}}
        """);
    Path saved = folder.resolve("last.yaml");
    Cli.Result result = Cli.run("train", config.toString(), "--save", saved.toString());
    assertEquals(1, result.code());
    assertEquals("error: training diverged at epoch 1, batch 1: layer 2: the forward pass "
        + "produced +Inf; the model keeps its values from before this batch (try a smaller "
        + "learning rate)\n", result.err());
    assertTrue(Files.readString(saved).contains("- [1.0E+200]"));
  }

  @Test
  void helpDescribesEveryOption() {
    Cli.Result result = Cli.run("train", "--help");
    assertEquals(0, result.code());
    for (String option : new String[] {"--epochs", "--seed", "--set", "--report", "--save",
        "--quiet"}) {
      assertTrue(result.out().contains(option), option);
    }
  }

  @Test
  void anUnwritableReportIsRefusedBeforeTraining(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("plain-file"), "x");
    Path report = file.resolve("report.json");
    Cli.Result result = Cli.run("train", MAZUR, "--report", report.toString());
    assertEquals(2, result.code());
    assertEquals("", result.out(), "nothing trained");
    assertTrue(result.err().startsWith("error: --report " + report + ": " + file
        + " cannot create this folder: "), result.err());
  }

  @Test
  void aReportPathThatIsAFolderIsRefused(@TempDir Path folder) {
    Cli.Result result = Cli.run("train", MAZUR, "--report", folder.toString());
    assertEquals(2, result.code());
    assertEquals("error: --report: " + folder + " is a folder, expected a file name\n",
        result.err());
  }

  @Test
  void aReportIntoAFifoGoesToItsReader(@TempDir Path folder) throws Exception {
    Path fifo = TestFiles.fifo(folder.resolve("report.pipe"));
    CompletableFuture<String> read = TestFiles.readInBackground(fifo);
    Cli.Result result = Cli.run("train", MAZUR, "--report", fifo.toString(), "-q");
    assertEquals(0, result.code(), result.err());
    assertTrue(read.get().contains("\"verdict\" : {"), read.get());
    assertTrue(TestFiles.isFifo(fifo), "still a FIFO");
  }

  @Test
  void aReportIntoADeviceNodeLeavesTheDeviceInPlace(@TempDir Path folder) throws Exception {
    Path device = TestFiles.nullDevice(folder.resolve("null"));
    Cli.Result result = Cli.run("train", MAZUR, "--report", device.toString(), "--save",
        device.resolveSibling("model.yaml").toString(), "-q");
    assertEquals(0, result.code(), result.err());
    assertTrue(TestFiles.isCharacterDevice(device), "not replaced by a regular file");
  }

  @Test
  void aSaveThroughALinkReplacesItsTargetAndKeepsTheLink(@TempDir Path folder)
      throws Exception {
    Path target = Files.writeString(folder.resolve("real.yaml"), "old");
    Path link = Files.createSymbolicLink(folder.resolve("model.yaml"), target);
    assertEquals(0, Cli.run("train", MAZUR, "--save", link.toString(), "-q").code());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).contains("name: mazur-2-2-2"));
  }

  @Test
  void aReportThatFailsToWriteDoesNotCostTheSavedModel(@TempDir Path folder) throws Exception {
    Path full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.isWritable(full), "skipped: no writable /dev/full here");
    Path saved = folder.resolve("model.yaml");
    Cli.Result result = Cli.run("train", MAZUR, "--report", full.toString(), "--save",
        saved.toString(), "-q");
    assertEquals(2, result.code());
    assertTrue(result.err().matches("error: --report: /dev/full cannot write it: [^\n]+\n"),
        result.err());
    assertTrue(Files.readString(saved).contains("name: mazur-2-2-2"), "the model is saved");
  }

  @Test
  void aModelOfFourMillionParametersIsSavedAndTrainedAgain(@TempDir Path folder)
      throws Exception {
    Path config = Files.writeString(folder.resolve("big.yaml"), """
        model: {inputs: 2, hidden: [2000, 2000], activation: tanh, outputs: 2}
        loss: cross_entropy
        training: {epochs: 1, batch_size: 8}
        data: {synthetic: {name: xor, samples: 8}}
        """);
    Path saved = folder.resolve("saved.yaml");
    Cli.Result first = Cli.run("train", config.toString(), "--save", saved.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("4,012,002 parameters"), first.out());
    assertTrue(Files.size(saved) < 4096, "the weights are in the sidecar");
    Cli.Result again = Cli.run("train", saved.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("4,012,002 parameters"), again.out());
  }

  @Test
  void aPluginOptionWhoseDefaultIsNanIsSavedAndTrainsAgain(@TempDir Path folder)
      throws Exception {
    Path plugins = Files.createDirectories(folder.resolve("plugins"));
    String source = TestPlugins.activation("com.acme.Soft", "soft", "NnApi.VERSION", "")
        .replace("create(PluginOptions options) { return this; }",
            "create(PluginOptions options) { options.number(\"alpha\", Double.NaN); "
                + "return this; }");
    TestPlugins.jar(plugins.resolve("soft.jar")).source("com.acme.Soft", source)
        .service(ActivationProvider.class, "com.acme.Soft").write();
    Path config = Files.writeString(folder.resolve("soft.yaml"), """
        model: {inputs: 2, hidden: [3], activation: soft, outputs: 1}
        loss: mse
        data: {inline: {inputs: [[0, 0], [1, 1]], targets: [0, 1]}}
        """);
    Path saved = folder.resolve("saved.yaml");
    Cli.Result first = Cli.run("train", "--plugins", plugins.toString(), config.toString(),
        "--save", saved.toString(), "-q");
    assertEquals(0, first.code(), first.err());
    assertTrue(Files.readString(saved).contains("alpha: .nan"), Files.readString(saved));
    Cli.Result again = Cli.run("train", "--plugins", plugins.toString(), saved.toString(), "-q");
    assertEquals(0, again.code(), again.err());
  }

  // House areas in square feet and build years: inputs in the thousands, not standardized.
  private static Path unscaledHouses(Path folder) {
    StringBuilder csv = new StringBuilder("area,year,size\n");
    for (int i = 0; i < 40; i++) {
      int area = 1000 + 100 * i;
      int year = 1950 + i * 7 % 70;
      csv.append(area).append(',').append(year).append(',')
          .append(area + 10 * (year - 1950) > 3000 ? "big" : "small").append('\n');
    }
    Cli.write(folder, "houses.csv", csv.toString());
    return Cli.write(folder, "houses.yaml", """
        seed: 1
        model: {inputs: 2, hidden: [16, 16], activation: relu, outputs: 2, init: he_uniform}
        loss: cross_entropy
        optimizer: {type: sgd, learning_rate: 0.01}
        training: {epochs: 3, batch_size: 8}
        data:
          csv: {path: houses.csv, target: size}
        """);
  }

  @Test
  void reluOnUnscaledInputsDiesAndTheVerdictSaysWhichLayerAndWhy(@TempDir Path folder) {
    Cli.Result result = Cli.train(unscaledHouses(folder));
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("\nepoch 3: layer 1: every weight gradient was 0 for the "
        + "whole epoch (100% of its units had f'(z) = 0 for every sample): a dead layer; likely "
        + "causes: inputs on a large scale (try data.standardize: true) or a learning rate that "
        + "stepped into saturation\n"), result.out());
  }

  @Test
  void theReportOfADeadNetworkHasItsDeadFractionsAndADeadVerdict(@TempDir Path folder)
      throws Exception {
    Path report = folder.resolve("report.json");
    assertEquals(0, Cli.train(unscaledHouses(folder), "--report", report.toString()).code());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("dead", json.at("/verdict/kind").asText());
    assertEquals("[1.0,1.0,0.0]", json.at("/epochs/2/dead_fractions").toString());
    assertTrue(json.at("/epochs/0/dead_fractions/0").asDouble() < 1,
        "alive before the first steps: " + json.at("/epochs/0/dead_fractions"));
  }

  @Test
  void standardizingTheUnscaledInputsKeepsTheNetworkAlive(@TempDir Path folder) {
    Cli.Result result = Cli.train(unscaledHouses(folder), "--set", "data.standardize=true");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().matches("(?s).*\nepoch 3: layer 1 gets [0-9.e-]+ x the gradient of "
        + "layer 3: healthy gradient flow( \\(mean .*\\))?\n.*"), result.out());
  }
  @Test
  void aNameOfEightMegabytesIsShortenedInTheHeader(@TempDir Path folder) {
    Path config = Cli.write(folder, "long.yaml", "name: " + "n".repeat(8_000_000) + "\n"
        + Cli.VALID);
    Cli.Result result = Cli.train(config);
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().startsWith("n".repeat(80) + "... (8000000 characters): "),
        result.out().substring(0, 200));
    assertTrue(result.out().length() < 10_000);
  }
}
