package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.checkpoint.StateReader;
import org.nnlab.core.config.ExperimentLoader;

/**
 * Train on a CSV with text labels and standardized inputs, save, delete the training data, then
 * evaluate and predict on a test file that lacks one of the classes.
 */
class TrainEvaluatePredictTest {
  private static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

  @TempDir Path dir;
  private final List<String> labels = new ArrayList<>();
  private double lengthMean;

  // Columns of very different scales (length near 10 to 20, width near 100 to 200), so that
  // standardizing matters; the test file has its columns in another order and no virginica.
  @BeforeEach
  void trainAndSave() {
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder train = new StringBuilder("length,width,species\n");
    StringBuilder test = new StringBuilder("species,width,length\n");
    double sum = 0;
    for (int i = 0; i < 90; i++) {
      int k = i % 3;
      String length = String.format(Locale.ROOT, "%.3f", 10 + 5 * k + random.nextDouble());
      String width = String.format(Locale.ROOT, "%.2f", 200 - 50 * k + 10 * random.nextDouble());
      sum += Double.parseDouble(length);
      train.append(length + "," + width + "," + SPECIES.get(k) + "\n");
      if (k < 2 && i < 40) {
        test.append(SPECIES.get(k) + "," + width + "," + length + "\n");
        labels.add(SPECIES.get(k));
      }
    }
    lengthMean = sum / 90;
    Cli.write(dir, "train.csv", train.toString());
    Cli.write(dir, "test.csv", test.toString());
    Path config = Cli.write(dir, "model.yaml", """
        seed: 3
        model: {inputs: 2, hidden: [8], activation: tanh, outputs: 3}
        loss: cross_entropy
        optimizer: {type: sgd, learning_rate: 0.2}
        training: {epochs: 30, batch_size: 10}
        data: {csv: {path: train.csv, target: species}, standardize: true}
        """);
    Cli.Result trained = Cli.run("train", config.toString(), "--save",
        dir.resolve("saved.yaml").toString(), "-q");
    assertEquals(0, trained.code(), trained.err());
  }

  private Cli.Result run(String command, String... more) throws IOException {
    Files.delete(dir.resolve("train.csv"));
    List<String> args = new ArrayList<>(List.of(command, dir.resolve("saved.yaml").toString(),
        dir.resolve("test.csv").toString()));
    args.addAll(List.of(more));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertEquals(0, result.code(), result.err());
    return result;
  }

  @Test
  void theSavedModelCarriesTheTrainingMeans() {
    double[] mean = StateReader.read(ExperimentLoader.load(dir.resolve("saved.yaml"), List.of())
        .state().orElseThrow()).standardization().orElseThrow().mean();
    assertEquals(lengthMean, mean[0], 1e-12);
  }

  @Test
  void evaluateListsEveryTrainedClassThoughTheTestFileLacksOne() throws IOException {
    run("evaluate", "--json", dir.resolve("m.json").toString());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
    assertAll(
        () -> assertEquals("[\"setosa\",\"versicolor\",\"virginica\"]",
            json.get("classes").toString()),
        () -> assertEquals(labels.size(), json.get("samples").asLong()),
        () -> assertEquals(0, json.get("per_class").get("virginica").get("support").asLong()));
  }

  @Test
  void predictionsAgreeWithTheConfusionMatrixOfEvaluate() throws IOException {
    Path predictions = dir.resolve("predictions.csv");
    run("predict", "--out", predictions.toString());
    Cli.Result evaluated = Cli.run("evaluate", dir.resolve("saved.yaml").toString(),
        dir.resolve("test.csv").toString(), "--json", dir.resolve("m.json").toString());
    assertEquals(0, evaluated.code(), evaluated.err());
    List<String> rows = Files.readAllLines(predictions);
    long[][] confusion = new long[3][3];
    for (int r = 0; r < labels.size(); r++) {
      String predicted = rows.get(r + 1).split(",")[0];
      confusion[SPECIES.indexOf(labels.get(r))][SPECIES.indexOf(predicted)]++;
    }
    JsonNode json = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
    long[][] reported = new ObjectMapper().treeToValue(json.get("confusion_matrix"),
        long[][].class);
    assertAll(
        () -> assertEquals("predicted,p_setosa,p_versicolor,p_virginica", rows.get(0)),
        () -> assertEquals(labels.size() + 1, rows.size()),
        () -> assertArrayEquals(confusion, reported));
  }

  @Test
  void theModelLearnedTheTestFile() throws IOException {
    run("evaluate", "--json", dir.resolve("m.json").toString());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
    assertEquals(1.0, json.get("accuracy").asDouble(), json.toString());
  }
}
