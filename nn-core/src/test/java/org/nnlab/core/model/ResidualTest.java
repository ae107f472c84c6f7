package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.explain.ExplainRequest;
import org.nnlab.core.explain.Explainer;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;

/** Skip connections: residual in a layer entry and model.residual in the shorthand. */
class ResidualTest {
  private static final String DATA = """
      loss: mse
      data: {inline: {inputs: [[1, -2]], targets: [[0, 0]]}}
      """;

  private static Experiment experiment(String model) {
    return TestExperiments.fromYaml(model + DATA);
  }

  @Test
  void aResidualLayerAddsItsInputToItsActivatedOutput() {
    Network network = experiment("""
        model:
          inputs: 2
          layers:
            - {units: 2, weights: [[1, 0], [0, 1]], biases: [0, 0], activation: relu,
               residual: true}
        """).network();
    Matrix output = network.forward(Matrix.wrap(1, 2, new double[] {1, -2}), Mode.EVALUATION);
    // relu([1, -2]) + [1, -2]
    assertArrayEquals(new double[] {2, -2}, Arrays.copyOf(output.data(), 2), 0.0);
  }

  @Test
  void aBlockOfTwoLayersAddsTheInputOfItsFirstToTheOutputOfItsLast() {
    Network network = experiment("""
        model:
          inputs: 2
          layers:
            - {units: 2, weights: [[2, 0], [0, 2]], biases: [0, 0]}
            - {units: 2, weights: [[1, 1], [0, 1]], biases: [1, 0], residual: 2}
        """).network();
    assertEquals(-1, network.layers().get(1).skipFrom());
    Matrix output = network.forward(Matrix.wrap(1, 2, new double[] {1, -2}), Mode.EVALUATION);
    // [[1, 1], [0, 1]] · [2, -4] + [1, 0] = [-1, -4]; plus the block's input [1, -2].
    assertArrayEquals(new double[] {0, -6}, Arrays.copyOf(output.data(), 2), 0.0);
  }

  @Test
  void aWidthMismatchIsALocatedConfigError() {
    ConfigException e = assertThrows(ConfigException.class, () -> experiment("""
        model:
          inputs: 2
          layers:
            - {units: 3, activation: tanh}
            - {units: 4, residual: true}
            - {units: 2}
        """));
    assertEquals("test.yaml:5:28: model.layers[1].residual: adds the input of layer 2 "
        + "(3 features) to the output of layer 2 (4 units), but a skip connection needs equal "
        + "widths; end the block at a layer of 3 units, or leave residual out here",
        e.getMessage());
  }

  @Test
  void aBlockReachingBeforeTheFirstLayerIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> experiment("""
        model:
          inputs: 2
          layers:
            - {units: 2, residual: 2}
        """));
    assertEquals("model.layers[0].residual", e.keyPath());
    assertEquals("test.yaml:4:28: model.layers[0].residual: expected at most 1 (a block of this "
        + "layer and the ones before it), found 2", e.getMessage());
  }

  @Test
  void theShorthandSkipsEveryHiddenBlockWhoseWidthsMatch() {
    Network network = experiment("""
        model: {inputs: 2, hidden: [4, 4, 4], activation: tanh, outputs: 2, residual: true,
          normalization: batch_norm, dropout: 0.1}
        """).network();
    List<NetworkLayer> layers = network.layers();
    assertEquals(10, layers.size());
    // Blocks: layers 1-3 (2 inputs -> 4: no skip), 4-6 and 7-9 (4 -> 4); then the output.
    assertEquals(List.of(NetworkLayer.NO_SKIP, NetworkLayer.NO_SKIP, NetworkLayer.NO_SKIP,
        NetworkLayer.NO_SKIP, NetworkLayer.NO_SKIP, 2, NetworkLayer.NO_SKIP, NetworkLayer.NO_SKIP,
        5, NetworkLayer.NO_SKIP), layers.stream().map(NetworkLayer::skipFrom).toList());
    assertEquals(3, layers.get(5).residualSpan());
  }

  @Test
  void theResolvedConfigurationWritesEachBlockOnItsLastLayer() {
    Experiment experiment = experiment("""
        model:
          inputs: 2
          layers:
            - {units: 2, residual: true}
            - {units: 2}
            - {type: layer_norm, residual: 2}
        """);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> layers = (List<Map<String, Object>>) ((Map<String, Object>)
        ResolvedConfig.initial(experiment).get("model")).get("layers");
    assertEquals(true, layers.get(0).get("residual"));
    assertEquals(null, layers.get(1).get("residual"));
    assertEquals(2, layers.get(2).get("residual"));
  }

  @Test
  void explainRefusesSkipConnectionsAtTheirKey() {
    Experiment experiment = experiment("""
        model:
          inputs: 2
          layers:
            - {units: 2, residual: true}
        """);
    ConfigException e = assertThrows(ConfigException.class,
        () -> Explainer.explain(experiment, ExplainRequest.FIRST_SAMPLE));
    assertEquals("model.layers[0].residual", e.keyPath());
  }
}
