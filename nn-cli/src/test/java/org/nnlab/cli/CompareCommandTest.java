package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.report.FolderLock;
import org.nnlab.core.report.TestFiles;

class CompareCommandTest {
  private static final String VANISHING = Path.of("..", "examples", "vanishing.yaml").toString();

  @Test
  void comparesTheBundledExperimentAndWritesEveryOutput(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("out");
    Cli.Result result = Cli.run("compare", VANISHING, "--epochs", "2", "--seeds", "2", "--jobs", "2",
        "--out", out.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().startsWith("vanishing: 6 runs (3 grid points x 2 seeds) on 2 "
        + "threads -> "), result.out());
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("grid point  runs ok")), result.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("sigmoid ") && l.endsWith("vanishing")),
        result.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("relu ") && l.endsWith("healthy")),
        result.out());
    for (String file : List.of("runs.csv", "summary.json", "report.html", "gradient-flow.png",
        "first-layer-gradient.png", "loss.png", "accuracy.png")) {
      assertTrue(Files.size(out.resolve(file)) > 0, file);
    }
    byte[] png = Files.readAllBytes(out.resolve("gradient-flow.png"));
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
  }

  @Test
  void aRegressionWritesNoAccuracyChartAndSaysWhatItWrote(@TempDir Path folder) {
    Path config = Cli.write(folder, "regression.yaml", Cli.VALID);
    Path out = folder.resolve("out");
    Cli.Result result = Cli.run("compare", config.toString(), "--epochs", "1", "--out",
        out.toString());
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains(": runs.csv, summary.json, report.html, gradient-flow.png, "
        + "first-layer-gradient.png, loss.png\n"), result.out());
    assertTrue(Files.notExists(out.resolve("accuracy.png")));
  }

  @Test
  void theDigitsExampleShowsFinalAndBestValidationBesideTheTrainingColumns(@TempDir Path folder) {
    Cli.Result result = Cli.run("compare", Path.of("..", "examples", "digits.yaml").toString(),
        "--epochs", "3", "--out", folder.resolve("out").toString(), "-q");
    assertEquals(0, result.code(), result.err());
    List<String> lines = result.out().lines().filter(l -> !l.isBlank()).toList();
    assertTrue(lines.get(0).matches("grid point +runs ok +final loss +train accuracy +final val "
        + "loss +best val loss +final val accuracy +best val accuracy +\\|dL/dW\\| first layer .*"),
        result.out());
    assertTrue(lines.get(1).matches("baseline +1/1 +[0-9.]+ +[0-9.]+% +[0-9.]+ +[0-9.]+ +[0-9.]+% "
        + "+[0-9.]+% .* healthy"), result.out());
  }

  @Test
  void varyOnTheCommandLineBuildsTheCrossProduct(@TempDir Path folder) {
    Cli.Result result = Cli.run("compare", VANISHING, "--vary", "model.activation=tanh,relu",
        "--vary", "model.hidden=[[8, 8], [8, 8, 8]]", "--epochs", "1", "--out",
        folder.toString(), "-q");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("activation=tanh, hidden=[8, 8, 8]"), result.out());
    assertEquals(5, result.out().lines().filter(l -> !l.isBlank()).count(), result.out());
  }

  @Test
  void aDivergingRunIsNamedAndTheExitCodeSaysNotAllRunsSucceeded(@TempDir Path folder)
      throws Exception {
    Cli.Result result = Cli.run("compare", VANISHING, "--vary", "optimizer.learning_rate=0.01,1e300",
        "--set", "model.activation=relu", "--epochs", "2", "--seeds", "1", "--out",
        folder.toString(), "-q");
    assertEquals(1, result.code(), result.err());
    assertTrue(result.out().contains("run 2 (1e300, seed 1) diverged: training diverged at "
        + "epoch 1"), result.out());
    assertTrue(Files.readString(folder.resolve("summary.json")).contains("\"status\" : \"ok\""));
  }

  @Test
  void anUnknownPathExitsWithTwoAndTheKnownKeys(@TempDir Path folder) {
    Cli.Result result = Cli.run("compare", VANISHING, "--vary", "model.activatoin=sigmoid,relu",
        "--out", folder.resolve("never").toString());
    assertEquals(2, result.code());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("error: --vary model.activatoin: model.activatoin: unknown key "
        + "'activatoin'; did you mean 'activation'? known keys: activation, bias_init, "
        + "dropout, hidden, init, inputs, layers, normalization, output_activation, outputs, residual"), result.err());
    assertTrue(Files.notExists(folder.resolve("never")), "nothing written for a usage error");
  }

  @Test
  void anUnknownActivationInTheGridExitsWithTwoBeforeAnythingRuns(@TempDir Path folder) {
    Cli.Result result = Cli.run("compare", VANISHING, "--vary", "model.activation=sigmoid,tahn",
        "--out", folder.resolve("never").toString());
    assertEquals(2, result.code());
    assertTrue(result.err().contains("unknown activation 'tahn'; did you mean 'tanh'?"),
        result.err());
  }

  @Test
  void badJobsAndSeedsAreUsageErrors() {
    assertEquals(2, Cli.run("compare", VANISHING, "--jobs", "0").code());
    Cli.Result seeds = Cli.run("compare", VANISHING, "--seeds", "0");
    assertEquals(2, seeds.code());
    assertEquals("error: --seeds: expected an integer from 1 to 1000, found 0\n", seeds.err());
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsRefusedBeforeAnyTraining(@TempDir Path folder)
      throws Exception {
    Path file = Files.writeString(folder.resolve("plain-file"), "x");
    Cli.Result result = Cli.run("compare", VANISHING, "--out", file.resolve("out").toString());
    assertEquals(2, result.code());
    assertEquals("", result.out(), "nothing trained");
    assertTrue(result.err().startsWith("error: --out: " + file.resolve("out")
        + " cannot create this folder: "), result.err());
  }


  private static Cli.Result quickCompare(Path out, String activations) {
    return Cli.run("compare", VANISHING, "--vary", "model.activation=" + activations,
        "--epochs", "1", "--out", out.toString(), "-q");
  }

  @Test
  void aSecondCompareIntoTheSameOutReplacesTheFirstAsAWhole(@TempDir Path folder)
      throws Exception {
    Path out = folder.resolve("out");
    assertEquals(0, quickCompare(out, "sigmoid,relu").code());
    assertTrue(Files.readString(out.resolve("runs.csv")).contains(",sigmoid,"));
    Cli.Result second = quickCompare(out, "tanh");
    assertEquals(0, second.code(), second.err());
    String runs = Files.readString(out.resolve("runs.csv"));
    assertTrue(runs.contains(",tanh,") && !runs.contains(",sigmoid,"), runs);
    assertEquals(CompareCommand.FILES.stream().sorted().toList(), TestFiles.names(out));
    assertEquals(List.of("out"), TestFiles.names(folder), "no temporary or lock file left");
  }

  @Test
  void anOutFolderAnotherCompareHoldsIsRefusedBeforeTraining(@TempDir Path folder)
      throws Exception {
    Path out = folder.resolve("out");
    try (FolderLock held = FolderLock.acquire(out)) {
      Cli.assertRefused(quickCompare(out, "tanh"), "error: --out: " + out + " is in use by "
          + "another nn compare (process " + ProcessHandle.current().pid() + "); wait for it "
          + "to finish or choose another folder");
    }
  }

  @Test
  void theLockOfAKilledCompareIsTakenOver(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("out");
    Files.writeString(folder.resolve(".out.nnlab.lock"), TestFiles.endedProcess() + "\n");
    Cli.Result result = quickCompare(out, "tanh");
    assertEquals(0, result.code(), result.err());
    assertEquals(List.of("out"), TestFiles.names(folder));
  }

  @Test
  void anOutFolderWithOtherFilesIsRefusedBeforeTrainingAndKept(@TempDir Path folder)
      throws Exception {
    Path out = Files.createDirectory(folder.resolve("out"));
    Files.writeString(out.resolve("runs.csv"), "old");
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli.assertRefused(quickCompare(out, "tanh"), "error: --out: " + out + " holds notes.txt, "
        + "which nn compare did not write; give a new or empty folder, or an earlier nn compare "
        + "output");
    assertEquals(List.of("notes.txt", "runs.csv"), TestFiles.names(out));
    assertEquals(List.of("out"), TestFiles.names(folder), "no lock file left");
  }

  @Test
  void theStagingFolderOfAKilledCompareIsRemoved(@TempDir Path folder) throws Exception {
    Path staging = Files.createDirectory(folder.resolve(".out.nnlab-"
        + TestFiles.endedProcess() + "-0-0000abcd.tmp"));
    Files.writeString(staging.resolve("runs.csv"), "half written");
    assertEquals(0, quickCompare(folder.resolve("out"), "tanh").code());
    assertEquals(List.of("out"), TestFiles.names(folder));
  }

  @Test
  void anEmptyOutputFolderNameIsRefusedRatherThanTheWorkingDirectory() {
    Cli.assertRefused(Cli.run("compare", VANISHING, "--out", ""),
        "error: --out: expected a folder name, found nothing");
  }

  @Test
  void anOutputFolderBehindAFileNamesTheFileInTheWay(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("plain-file"), "x");
    Cli.assertRefused(Cli.run("compare", VANISHING, "--out", file.resolve("a/b").toString()),
        "cannot create this folder: " + file + " is a file, not a folder");
  }

  @Test
  void theSeedInTheConfigsCompareVaryIsBlamedOnTheFile(@TempDir Path folder) {
    Path config = Cli.write(folder, "grid.yaml",
        Cli.VALID + "compare:\n  vary:\n    seed: [1, 2]\n");
    Cli.assertRefused(Cli.run("compare", config.toString(), "--out", folder.toString()),
        "grid.yaml:13:5: compare.vary.seed: the seed is not varied with compare.vary; use "
            + "compare.seeds");
  }

  @Test
  void aBadPathInTheConfigsCompareVaryIsBlamedOnTheFile(@TempDir Path folder) {
    Path config = Cli.write(folder, "grid.yaml",
        Cli.VALID + "compare:\n  vary:\n    model.hidden[3]: [1, 2]\n");
    Cli.assertRefused(Cli.run("compare", config.toString(), "--out", folder.toString()),
        "grid.yaml:13:5: model.hidden: index 3 is out of range: the list has 1 item");
  }
}
