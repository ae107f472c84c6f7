package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code engine.precision} and {@code --precision}, end to end from the command line. */
class PrecisionCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RELU = Path.of("..", "examples", "vanishing-relu.yaml").toString();
  private static final String VANISHING = Path.of("..", "examples", "vanishing.yaml").toString();

  private static JsonNode report(Path file) throws Exception {
    return JSON.readTree(Files.readString(file));
  }

  @Test
  void aFloat32RunTrainsCloseToFloat64AndIsSavedPredictedAndResumedInFloat32(
      @TempDir Path folder) throws Exception {
    Path saved = folder.resolve("relu32.yaml");
    Cli.Result float32 = Cli.run("train", RELU, "--epochs", "2", "--precision", "float32",
        "--save", saved.toString(), "--report", folder.resolve("32.json").toString(), "-q");
    assertEquals(0, float32.code(), float32.err());
    Cli.Result float64 = Cli.run("train", RELU, "--epochs", "2", "--report",
        folder.resolve("64.json").toString(), "-q");
    assertEquals(0, float64.code(), float64.err());
    double loss32 = report(folder.resolve("32.json")).at("/epochs/1/loss").asDouble();
    double loss64 = report(folder.resolve("64.json")).at("/epochs/1/loss").asDouble();
    assertNotEquals(loss64, loss32, "float32 rounds differently from float64");
    assertEquals(loss64, loss32, 1e-4 * loss64);
    String yaml = Files.readString(saved);
    assertTrue(yaml.contains("engine:\n  precision: float32\n"), yaml);

    Path data = folder.resolve("data.csv");
    Files.writeString(data, "x,y\n0.5,-0.25\n-1,0.75\n0.1,0.2\n");
    Cli.Result predicted32 = Cli.run("predict", saved.toString(), data.toString());
    assertEquals(0, predicted32.code(), predicted32.err());
    Cli.Result predicted64 = Cli.run("predict", saved.toString(), data.toString(),
        "--precision", "float64");
    assertEquals(0, predicted64.code(), predicted64.err());
    assertEquals(4, predicted32.out().lines().count(), predicted32.out());
    Cli.Result resumed = Cli.run("train", saved.toString(), "--epochs", "3", "-q");
    assertEquals(0, resumed.code(), resumed.err());
  }

  @Test
  void theSameFloat32RunGivesTheSameNumbersBitForBit(@TempDir Path folder) throws Exception {
    for (String run : new String[] {"a.json", "b.json"}) {
      Cli.Result result = Cli.run("train", RELU, "--epochs", "2", "--precision", "float32",
          "--report", folder.resolve(run).toString(), "-q");
      assertEquals(0, result.code(), result.err());
    }
    assertEquals(report(folder.resolve("a.json")).get("epochs"),
        report(folder.resolve("b.json")).get("epochs"));
  }

  @Test
  void anUnknownPrecisionIsOneLineThatNamesTheKnownOnes() {
    Cli.Result result = Cli.run("train", RELU, "--precision", "float16");
    assertEquals(2, result.code());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().contains("float32") && result.err().contains("float64"),
        result.err());
    assertTrue(result.err().contains("--precision"), result.err());
  }

  @Test
  void float32GivesTheVanishingExamplesVerdictsOfFloat64(@TempDir Path folder)
      throws Exception {
    Cli.Result result = Cli.run("compare", VANISHING, "--vary",
        "model.activation=sigmoid,tanh,relu", "--vary", "engine.precision=float32,float64",
        "--out", folder.toString(), "-q");
    assertEquals(0, result.code(), result.err());
    JsonNode aggregates = report(folder.resolve("summary.json")).get("aggregates");
    assertEquals(6, aggregates.size());
    Map<String, String> verdicts = new HashMap<>();
    for (JsonNode point : aggregates) {
      String activation = point.at("/point/model.activation").asText();
      String verdict = point.get("verdict").asText();
      String other = verdicts.putIfAbsent(activation, verdict);
      if (other != null) {
        assertEquals(other, verdict, activation + " in float32 and float64");
      }
    }
    assertEquals(3, verdicts.size(), verdicts.toString());
    assertTrue(verdicts.get("sigmoid").contains("vanishing"), verdicts.toString());
  }
}
