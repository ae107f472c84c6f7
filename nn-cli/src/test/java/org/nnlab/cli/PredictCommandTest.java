package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn predict} on hand-written models whose outputs are known. */
class PredictCommandTest {
  private static final String ANIMALS = "c,b,a\n0,0,2\n0,2,0\n5,0,0\n";

  @TempDir Path dir;

  private Cli.Result predict(String model, String csv, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "predict";
    args[1] = write(dir, "model.yaml", model).toString();
    args[2] = write(dir, "new.csv", csv).toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.run(args);
  }

  private List<String> folder() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachRowGetsThePredictedClassAndItsProbabilitiesInOrder() {
    Cli.Result result = predict(EvaluateCommandTest.IDENTITY, ANIMALS);
    assertEquals(0, result.code(), result.err());
    // Logits (2, 0, 0): e^2 / (e^2 + 2) for the first class, 1 / (e^2 + 2) for the others.
    double big = Math.exp(2) / (Math.exp(2) + 2);
    double small = 1 / (Math.exp(2) + 2);
    String[] lines = result.out().split("\n");
    assertAll(
        () -> assertEquals("predicted,p_cat,p_dog,p_owl", lines[0]),
        () -> assertEquals(List.of("cat", "dog", "owl"), List.of(lines[1].split(",")[0],
            lines[2].split(",")[0], lines[3].split(",")[0])),
        () -> assertEquals(big, Double.parseDouble(lines[1].split(",")[1]), 1e-15),
        () -> assertEquals(small, Double.parseDouble(lines[1].split(",")[2]), 1e-15),
        () -> assertEquals(4, lines.length));
  }

  @Test
  void regressionWritesOneColumnNamedAsTheTargetThatReadsBackExactly() {
    Cli.Result result = predict(EvaluateCommandTest.LINE, "x\n0.1\n-3\n1e300\n");
    assertEquals(0, result.code(), result.err());
    assertEquals("y\n" + (2 * 0.1 + 1) + "\n-5.0\n2.0E300\n", result.out());
  }

  @Test
  void outWritesTheFileAndNothingToStandardOutput() throws IOException {
    Path out = dir.resolve("predictions.csv");
    Cli.Result result = predict(EvaluateCommandTest.LINE, "x\n1\n", "--out", out.toString());
    assertAll(
        () -> assertEquals(0, result.code(), result.err()),
        () -> assertEquals("", result.out()),
        () -> assertEquals("y\n3.0\n", Files.readString(out)));
  }

  @Test
  void aBadRowLeavesNeitherTheOutFileNorATemporary() throws IOException {
    Path out = dir.resolve("predictions.csv");
    assertRefused(predict(EvaluateCommandTest.LINE, "x\n1\n2\noops\n", "--out", out.toString(),
        "--batch-size", "1"), "new.csv:4:1: column 'x': expected a number, found 'oops'");
    assertEquals(List.of("model.yaml", "new.csv"), folder());
  }

  @Test
  void targetColumnsOfTheFileAreIgnored() {
    Cli.Result result = predict(EvaluateCommandTest.LINE, "y,x\nwhatever,1\n");
    assertEquals("y\n3.0\n", result.out());
  }

  @Test
  void theStoredStandardizationIsApplied() {
    Cli.Result result = predict(EvaluateCommandTest.LINE.replace("target: y}}",
        "target: y}, standardize: true}").replace("target_names: [y]}",
        "target_names: [y], standardization: {mean: [10], scale: [4]}}"), "x\n14\n6\n");
    // (14 - 10) / 4 = 1 and (6 - 10) / 4 = -1, then 2 x + 1.
    assertEquals("y\n3.0\n-1.0\n", result.out());
  }

  @Test
  void aMissingInputColumnIsRefusedWithTheClosestName() {
    assertRefused(predict(EvaluateCommandTest.IDENTITY, "c,B,a\n0,0,2\n"),
        "new.csv:1:1: has no column 'b', an input of the model (its inputs: a, b, c); did you "
            + "mean 'B'?");
  }

  @Test
  void anExtraColumnIsRefused() {
    assertRefused(predict(EvaluateCommandTest.LINE, "x,z\n1,2\n"), "new.csv:1:3: column 'z' is "
        + "neither an input nor a target of the model (its inputs: x; its target: y)");
  }

  @Test
  void outCannotBeTheModel() {
    Path model = dir.resolve("model.yaml");
    assertRefused(predict(EvaluateCommandTest.LINE, "x\n1\n", "--out", model.toString()),
        "error: --out: " + model + " is the configuration of this run; choose another file");
  }

  @Test
  void aModelWithoutTrainedWeightsIsRefused() {
    assertRefused(predict(Cli.VALID, "x1,x2\n1,2\n"), "model.yaml:4:12: model.hidden[0]: layer "
        + "1 (dense) has no trained weights");
    assertFalse(Files.exists(dir.resolve("predictions.csv")));
  }
}
