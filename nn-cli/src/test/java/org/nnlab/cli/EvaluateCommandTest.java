package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn evaluate} on hand-written models whose outputs are known, so that every measure can
 * be computed by hand.
 */
class EvaluateCommandTest {
  /** Logits equal to the inputs a, b, c; the classes are saved as for a CSV with text labels. */
  static final String IDENTITY = """
      model:
        inputs: 3
        layers:
          - {units: 3, weights: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], biases: [0, 0, 0]}
      loss: cross_entropy
      data: {csv: {path: train.csv, target: animal}}
      state: {input_names: [a, b, c], target_names: [animal], classes: [cat, dog, owl]}
      """;

  /** o = 2 x + 1. */
  static final String LINE = """
      model: {inputs: 1, layers: [{units: 1, weights: [[2]], biases: [1]}]}
      loss: mse
      data: {csv: {path: train.csv, target: y}}
      state: {input_names: [x], target_names: [y]}
      """;

  // Predicted: cat, cat, dog, dog, owl; true: cat, cat, cat, dog, dog. No owl is true.
  private static final String ANIMALS = """
      animal,c,b,a
      cat,0,0,2
      cat,0,0,2
      cat,0,2,0
      dog,0,2,0
      dog,2,0,0
      """;

  @TempDir Path dir;

  private JsonNode evaluate(String model, String csv, String... more) throws IOException {
    Path json = dir.resolve("out.json");
    String[] args = new String[4 + more.length];
    args[0] = "evaluate";
    args[1] = write(dir, "model.yaml", model).toString();
    args[2] = write(dir, "test.csv", csv).toString();
    args[3] = "--json=" + json;
    System.arraycopy(more, 0, args, 4, more.length);
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.code(), result.err());
    return new ObjectMapper().readTree(json.toFile());
  }

  @Test
  void classificationMeasuresAreTheHandComputedOnes() throws IOException {
    JsonNode json = evaluate(IDENTITY, ANIMALS);
    // Each row has one logit 2 and two 0: the loss is ln(e^2 + 2) - 2 when right (3 rows) and
    // ln(e^2 + 2) when wrong (2 rows), so the mean is ln(e^2 + 2) - 6/5.
    double loss = Math.log(Math.exp(2) + 2) - 1.2;
    assertAll(
        () -> assertEquals(5, json.get("samples").asLong()),
        () -> assertEquals(loss, json.get("loss").asDouble(), 1e-15),
        () -> assertEquals(0.6, json.get("accuracy").asDouble(), 1e-15),
        () -> assertEquals("[\"cat\",\"dog\",\"owl\"]", json.get("classes").toString()),
        () -> assertEquals("[[2,1,0],[0,1,1],[0,0,0]]", json.get("confusion_matrix").toString()),
        // cat: P 2/2, R 2/3, F1 2 (2/3) / (5/3) = 0.8; dog: P 1/2, R 1/2; owl: P 0/1, R 0/0 = 0.
        () -> assertEquals("{\"precision\":1.0,\"recall\":0.6666666666666666,\"f1\":0.8,"
            + "\"support\":3}", json.get("per_class").get("cat").toString()),
        () -> assertEquals("{\"precision\":0.5,\"recall\":0.5,\"f1\":0.5,\"support\":2}",
            json.get("per_class").get("dog").toString()),
        () -> assertEquals("{\"precision\":0.0,\"recall\":0.0,\"f1\":0.0,\"support\":0}",
            json.get("per_class").get("owl").toString()),
        // owl was predicted, so it counts: P (1 + 1/2 + 0) / 3, R (2/3 + 1/2 + 0) / 3 = 7/18.
        () -> assertEquals(0.5, json.get("macro_avg").get("precision").asDouble(), 1e-15),
        () -> assertEquals(7.0 / 18, json.get("macro_avg").get("recall").asDouble(), 1e-15),
        () -> assertEquals(1.3 / 3, json.get("macro_avg").get("f1").asDouble(), 1e-15),
        // Weighted by supports 3, 2, 0: P (3 + 1) / 5, R (2 + 1) / 5, F1 (2.4 + 1) / 5.
        () -> assertEquals(0.8, json.get("weighted_avg").get("precision").asDouble(), 1e-15),
        () -> assertEquals(0.6, json.get("weighted_avg").get("recall").asDouble(), 1e-15),
        () -> assertEquals(0.68, json.get("weighted_avg").get("f1").asDouble(), 1e-15),
        () -> assertEquals(5, json.get("weighted_avg").get("support").asLong()));
  }

  @Test
  void theTerminalReportIsAlignedLikeScikitLearnsClassificationReport() {
    write(dir, "test.csv", ANIMALS);
    Cli.Result result = Cli.run("evaluate", write(dir, "model.yaml", IDENTITY).toString(),
        dir.resolve("test.csv").toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(String.join("\n",
        "model on " + dir.resolve("test.csv") + ": 5 samples, loss 1.039545 (cross_entropy)",
        "",
        "              precision     recall   f1-score    support",
        "",
        "         cat     1.0000     0.6667     0.8000          3",
        "         dog     0.5000     0.5000     0.5000          2",
        "         owl     0.0000     0.0000     0.0000          0",
        "",
        "    accuracy                           0.6000          5",
        "   macro avg     0.5000     0.3889     0.4333          5",
        "weighted avg     0.8000     0.6000     0.6800          5",
        "",
        "confusion matrix (rows: true class, columns: predicted class)",
        "              cat  dog  owl",
        "         cat    2    1    0",
        "         dog    0    1    1",
        "         owl    0    0    0",
        ""), result.out());
  }

  @Test
  void regressionMeasuresAreTheHandComputedOnes() throws IOException {
    // Outputs 3, 5, 1, 7 for targets 3, 4, 2, 7: errors 0, 1, -1, 0, so MSE = MAE = 1/2;
    // the targets' mean is 4, SS_tot = 1 + 0 + 4 + 9 = 14, R^2 = 1 - 2/14 = 6/7.
    JsonNode json = evaluate(LINE, "x,y\n1,3\n2,4\n0,2\n3,7\n");
    JsonNode y = json.get("targets").get("y");
    assertAll(
        () -> assertEquals(4, json.get("samples").asLong()),
        () -> assertEquals(0.5, json.get("loss").asDouble(), 1e-15),
        () -> assertEquals(0.5, y.get("mse").asDouble(), 1e-15),
        () -> assertEquals(0.5, y.get("mae").asDouble(), 1e-15),
        () -> assertEquals(Math.sqrt(0.5), y.get("rmse").asDouble(), 1e-15),
        () -> assertEquals(6.0 / 7, y.get("r2").asDouble(), 1e-15));
  }

  @Test
  void theRSquaredOfAConstantTargetIsNullInJson() throws IOException {
    JsonNode json = evaluate(LINE, "x,y\n1,3\n2,3\n");
    assertTrue(json.get("targets").get("y").get("r2").isNull(), json.toString());
  }

  @Test
  void theBatchSizeDoesNotChangeTheMeasures() throws IOException {
    JsonNode whole = evaluate(IDENTITY, ANIMALS, "--batch-size", "5");
    JsonNode small = evaluate(IDENTITY, ANIMALS, "--batch-size", "2");
    assertEquals(whole.toString(), small.toString());
  }

  @Test
  void aColumnTheModelDoesNotHaveIsRefused() {
    write(dir, "test.csv", "animal,c,b,a,id\ncat,0,0,2,7\n");
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", IDENTITY).toString(),
        dir.resolve("test.csv").toString()), "test.csv:1:14: column 'id' is neither an input "
        + "nor a target of the model (its inputs: a, b, c; its target: animal)");
  }

  @Test
  void aMissingTargetColumnIsRefused() {
    write(dir, "test.csv", "c,b,a\n0,0,2\n");
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", IDENTITY).toString(),
        dir.resolve("test.csv").toString()), "test.csv:1:1: has no column 'animal', the model's "
        + "target, which evaluation compares the predictions with");
  }

  @Test
  void anUnknownClassLabelIsRefusedWhereItIs() {
    write(dir, "test.csv", "animal,c,b,a\ncat,0,0,2\ncow,0,0,2\n");
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", IDENTITY).toString(),
        dir.resolve("test.csv").toString()), "test.csv:3:1: column 'animal': unknown class "
        + "label 'cow'; known class labels: cat, dog, owl (the classes the model was trained on)");
  }

  @Test
  void aModelWithoutTrainedWeightsIsRefusedNamingTheLayer() {
    write(dir, "test.csv", "x,y\n1,3\n");
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", Cli.VALID).toString(),
        dir.resolve("test.csv").toString()), "model.yaml:4:12: model.hidden[0]: layer 1 (dense) "
        + "has no trained weights");
  }

  @Test
  void aBatchSizeBelowOneIsRefused() {
    write(dir, "test.csv", "x,y\n1,3\n");
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", LINE).toString(),
        dir.resolve("test.csv").toString(), "--batch-size", "0"), "error: --batch-size: "
        + "expected a number of rows from 1 to 10000000, found 0");
  }

  @Test
  void theJsonFileCannotBeTheDataEvaluated() {
    Path csv = write(dir, "test.csv", "x,y\n1,3\n");
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", LINE).toString(), csv.toString(),
        "--json", csv.toString()), "error: --json: " + csv + " is the data file of this "
        + "run; choose another file");
  }

  @Test
  void aMissingDataFileIsRefused() {
    assertRefused(Cli.run("evaluate", write(dir, "model.yaml", LINE).toString(),
        dir.resolve("nope.csv").toString()), "nope.csv: file not found");
  }
}
