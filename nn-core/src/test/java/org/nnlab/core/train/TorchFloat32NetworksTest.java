package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Precision;
import org.nnlab.testkit.TorchOracle;

/**
 * The networks of {@link TorchNetworksTest}, every built-in activation and optimizer, trained
 * with {@code engine.precision: float32} against PyTorch float32: loss, first gradients and
 * parameters after 4 steps agree to 1e-5 relative (an entry under a thousandth of its array's
 * largest is measured against that thousandth, as its rounding error is its neighbours'). PyTorch's
 * answers are kept in {@code torch-networks-float32-expected.json}; with torch installed it is
 * asked again ({@code -Dnnlab.keepTorchAnswers=FILE} refreshes the kept file).
 */
class TorchFloat32NetworksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int STEPS = 4;
  private static final double TOLERANCE = 3e-5;
  private static final double FLOOR = 1e-3;

  private static OracleRun nnlab(TorchNetworksTest.Case c) {
    Experiment experiment = TestExperiments.fromYaml(TorchNetworksTest.yaml(c, "float32"));
    assertEquals(Precision.FLOAT32, experiment.network().precision());
    return OracleRun.of(experiment, STEPS);
  }

  @ParameterizedTest
  @MethodSource("org.nnlab.core.train.TorchNetworksTest#cases")
  void trainsInFloat32AsPyTorchsKeptValuesSay(TorchNetworksTest.Case c) throws IOException {
    JsonNode kept = JSON.readTree(TorchNetworksTest.resource(
        "torch-networks-float32-expected.json")).get(c.name());
    assertNotNull(kept, "no kept answer for " + c.name());
    OracleRun.assertAgree(OracleRun.of(kept), nnlab(c), TOLERANCE, FLOOR, c.name());
  }

  @Test
  void everyActivationAndOptimizerTrainsInFloat32AsPyTorchDoesNow() throws IOException {
    Optional<TorchOracle> torch = TorchOracle.find();
    Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
    Map<String, Object> cases = new LinkedHashMap<>();
    TorchNetworksTest.oracleCases().forEach((name, input) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> float32 = new LinkedHashMap<>((Map<String, Object>) input);
      float32.put("dtype", "float32");
      cases.put(name, float32);
    });
    String printed = torch.get().run(TorchNetworksTest.resource("torch_networks.py"),
        JSON.writeValueAsString(cases));
    String keep = System.getProperty("nnlab.keepTorchAnswers");
    if (keep != null) {
      Files.writeString(Path.of(keep), JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(JSON.readTree(printed)) + "\n");
    }
    JsonNode answer = JSON.readTree(printed);
    TorchNetworksTest.cases().forEach(c -> OracleRun.assertAgree(
        OracleRun.of(answer.get(c.name())), nnlab(c), TOLERANCE, FLOOR, c.name()));
    assertEquals(cases.size(), answer.size());
  }
}
