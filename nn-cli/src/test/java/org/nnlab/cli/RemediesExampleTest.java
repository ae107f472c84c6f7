package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.train.Experiment;
import org.nnlab.testkit.TorchOracle;

/**
 * {@code examples/remedies.yaml}, one epoch with three seeds: each remedy of the vanishing
 * gradient lifts the first layer's share of it as the literature says, and as the same grid
 * written in PyTorch ({@code examples/remedies-pytorch.py}) measures, to an order of magnitude.
 */
class RemediesExampleTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "remedies.yaml");
  private static final Path TORCH_GRID = Path.of("..", "examples", "remedies-pytorch.py");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each point of the example as the PyTorch script builds it. */
  private static final Map<String, String> TORCH_POINTS = new LinkedHashMap<>();

  static {
    String sgd = "{\"type\": \"sgd\", \"learning_rate\": 0.01, \"momentum\": 0.9}";
    TORCH_POINTS.put("sigmoid", point("sigmoid", "xavier_uniform", "none", false, sgd));
    TORCH_POINTS.put("sigmoid + batch_norm",
        point("sigmoid", "xavier_uniform", "batch_norm", false, sgd));
    TORCH_POINTS.put("sigmoid + residual", point("sigmoid", "xavier_uniform", "none", true, sgd));
    TORCH_POINTS.put("tanh + xavier", point("tanh", "xavier_uniform", "none", false, sgd));
    TORCH_POINTS.put("relu + he", point("relu", "he_uniform", "none", false, sgd));
    TORCH_POINTS.put("selu + lecun_normal", point("selu", "lecun_normal", "none", false, sgd));
    TORCH_POINTS.put("sigmoid + adam", point("sigmoid", "xavier_uniform", "none", false,
        "{\"type\": \"adam\", \"learning_rate\": 0.001}"));
  }

  @TempDir static Path out;

  private static Map<String, Double> gradRatios;
  private static JsonNode namedPoints;
  private static Map<String, Double> updateRatios;

  private static String point(String activation, String init, String normalization,
      boolean residual, String optimizer) {
    return "{\"activation\": \"" + activation + "\", \"init\": \"" + init
        + "\", \"normalization\": \"" + normalization + "\", \"residual\": " + residual
        + ", \"optimizer\": " + optimizer + "}";
  }

  @BeforeAll
  static void compareOneEpoch() throws IOException {
    Cli.Result result = Cli.run("compare", EXAMPLE.toString(), "--epochs", "1", "--out",
        out.resolve("remedies").toString(), "--quiet");
    assertEquals(0, result.code(), result.err());
    JsonNode summary = JSON.readTree(out.resolve("remedies").resolve("summary.json").toFile());
    namedPoints = summary.get("grid").get("named_points");
    gradRatios = new LinkedHashMap<>();
    for (JsonNode aggregate : summary.get("aggregates")) {
      gradRatios.put(aggregate.get("label").asText(), aggregate.get("grad_ratio").asDouble());
    }
    updateRatios = new LinkedHashMap<>();
    Map<String, Integer> seeds = new LinkedHashMap<>();
    for (JsonNode run : summary.get("runs")) {
      String label = run.get("point").get("compare.points").asText();
      JsonNode ratios = run.get("report").get("epochs").get(0).get("update_ratios");
      double ratio = ratios.get(0).asDouble() / ratios.get(ratios.size() - 1).asDouble();
      updateRatios.merge(label, Math.log(ratio), Double::sum);
      seeds.merge(label, 1, Integer::sum);
    }
    updateRatios.replaceAll((label, logSum) -> Math.exp(logSum / seeds.get(label)));
  }

  @Test
  void theExampleComparesTheSevenRemediesByName() {
    assertEquals(List.copyOf(TORCH_POINTS.keySet()), List.copyOf(gradRatios.keySet()));
  }

  // TORCH_POINTS mirrors these overrides: when the example changes, this fails first.
  @Test
  void theExamplesPointsAreTheOnesThePyTorchGridBuilds() {
    assertEquals("{\"sigmoid\":{},\"sigmoid + batch_norm\":{\"model.normalization\":"
        + "\"batch_norm\"},\"sigmoid + residual\":{\"model.residual\":\"true\"},"
        + "\"tanh + xavier\":{\"model.activation\":\"tanh\"},\"relu + he\":"
        + "{\"model.activation\":\"relu\",\"model.init\":\"he_uniform\"},"
        + "\"selu + lecun_normal\":{\"model.activation\":\"selu\",\"model.init\":"
        + "\"lecun_normal\"},\"sigmoid + adam\":{\"optimizer\":\"{type: adam, "
        + "learning_rate: 0.001}\"}}", namedPoints.toString());
  }

  @Test
  void plainSigmoidVanishesAndEveryArchitecturalRemedyKeepsTheGradient() {
    assertTrue(gradRatios.get("sigmoid") < 1e-5, gradRatios.toString());
    for (String remedy : List.of("sigmoid + batch_norm", "tanh + xavier", "relu + he",
        "selu + lecun_normal")) {
      assertTrue(gradRatios.get(remedy) > 1e-2, remedy + ": " + gradRatios);
    }
    assertTrue(gradRatios.get("sigmoid + residual") > 100 * gradRatios.get("sigmoid"),
        gradRatios.toString());
  }

  @Test
  void adamLeavesTheGradientRatioButLiftsTheFirstLayersUpdate() {
    double gradientGain = gradRatios.get("sigmoid + adam") / gradRatios.get("sigmoid");
    double updateGain = updateRatios.get("sigmoid + adam") / updateRatios.get("sigmoid");
    assertTrue(gradientGain < 10 && gradientGain > 0.1, gradRatios.toString());
    assertTrue(updateGain > 1e3, updateRatios.toString());
  }

  @Test
  void gradientRatiosAgreeWithTheSameGridInPyTorchToAnOrderOfMagnitude() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    JsonNode answer = JSON.readTree(torch.get().run(Files.readString(TORCH_GRID), torchCase()));
    for (Map.Entry<String, Double> nnlab : gradRatios.entrySet()) {
      double pytorch = answer.get(nnlab.getKey()).get("grad_ratio").asDouble();
      double decades = Math.abs(Math.log10(nnlab.getValue() / pytorch));
      assertTrue(decades <= 1, nnlab.getKey() + ": nnlab " + nnlab.getValue() + ", PyTorch "
          + pytorch);
    }
  }

  // The training rows nnlab uses (the validation split held out), and the points' settings.
  private static String torchCase() throws IOException {
    Experiment experiment = Experiment.prepare(ExperimentLoader.load(EXAMPLE, List.of()),
        RegistryLoader.loadBuiltIns(), Kernels.singleThreaded());
    Dataset data = experiment.data();
    ObjectNode root = JSON.createObjectNode();
    ArrayNode inputs = root.putArray("inputs");
    ArrayNode classes = root.putArray("classes");
    for (int row = 0; row < data.size(); row++) {
      inputs.addArray().add(data.inputs().get(row, 0)).add(data.inputs().get(row, 1));
      classes.add(data.classOf(row));
    }
    // The base network as the example builds it: every layer but the last is a hidden one.
    List<NetworkLayer> layers = experiment.network().layers();
    ArrayNode hidden = root.putArray("hidden");
    for (NetworkLayer layer : layers.subList(0, layers.size() - 1)) {
      hidden.add(layer.description().units());
    }
    root.put("outputs", experiment.network().outputs())
        .put("batch_size", experiment.config().training().batchSize()).put("epochs", 1);
    root.putArray("seeds").add(1).add(2).add(3);
    ArrayNode points = root.putArray("points");
    for (Map.Entry<String, String> point : TORCH_POINTS.entrySet()) {
      ObjectNode node = (ObjectNode) JSON.readTree(point.getValue());
      node.put("name", point.getKey());
      points.add(node);
    }
    return JSON.writeValueAsString(root);
  }
}
