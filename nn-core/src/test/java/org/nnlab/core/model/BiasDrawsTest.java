package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.init.InitScheme;
import org.nnlab.core.init.Seeds;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.train.TestExperiments;

/** How bias_init draws a network's biases, and what it leaves as it was. */
class BiasDrawsTest {
  private static final String MODEL = """
      seed: 7
      model:
        inputs: 3
        init: he_uniform%s
        layers:
          - {units: 5, activation: tanh%s}
          - {units: 4, activation: tanh%s}
          - {units: 2%s}
      loss: mse
      data: {inline: {inputs: [[0, 1, 2]], targets: [[0, 1]]}}
      """;

  private static Network network(String modelKey, String... layerKeys) {
    Object[] keys = new Object[4];
    keys[0] = modelKey;
    for (int i = 0; i < 3; i++) {
      keys[i + 1] = i < layerKeys.length ? layerKeys[i] : "";
    }
    return TestExperiments.fromYaml(MODEL.formatted(keys)).network();
  }

  private static double[] weights(Network network, int layer) {
    return parameter(network, layer, "weights");
  }

  private static double[] biases(Network network, int layer) {
    return parameter(network, layer, "biases");
  }

  private static double[] parameter(Network network, int layer, String name) {
    return network.layers().get(layer).parameters().stream()
        .filter(p -> p.name().equals(name)).map(Parameter::values).findFirst().orElseThrow();
  }

  private static void assertSameParameters(Network expected, Network actual) {
    for (int i = 0; i < expected.parameters().size(); i++) {
      assertArrayEquals(expected.parameters().get(i).values(),
          actual.parameters().get(i).values(), "parameter " + i);
    }
  }

  @Test
  void theDefaultDrawsTheWeightsItDrewBeforeBiasInitAndZeroBiases() {
    Network network = network("");
    // Before bias_init: each layer's weights from its split of the seed's init stream, in order.
    SplittableRandom init = Seeds.stream(7, Seeds.INIT);
    int[] inputs = {3, 5, 4};
    int[] units = {5, 4, 2};
    for (int layer = 0; layer < 3; layer++) {
      double[] expected = new double[units[layer] * inputs[layer]];
      InitScheme.HE_UNIFORM.fill(expected, inputs[layer], units[layer], init.split());
      assertArrayEquals(expected, weights(network, layer), "layer " + (layer + 1));
      assertArrayEquals(new double[units[layer]], biases(network, layer));
    }
  }

  @Test
  void theDefaultIsExactlyBiasInitZeros() {
    assertSameParameters(network(""), network("\n  bias_init: zeros"));
    assertSameParameters(network(""), network("", ", bias_init: zeros", ", bias_init: zeros",
        ", bias_init: zeros"));
    assertEquals("zeros", network("").layers().get(0).description().biasInit());
  }

  @Test
  void standardBiasesLeaveEveryWeightAsTheDefaultDrawsIt() {
    Network zeros = network("");
    Network standard = network("\n  bias_init: standard");
    for (int layer = 0; layer < 3; layer++) {
      assertArrayEquals(weights(zeros, layer), weights(standard, layer));
      double bound = 1 / Math.sqrt(zeros.layers().get(layer).description().inputs());
      double[] biases = biases(standard, layer);
      assertTrue(Arrays.stream(biases).allMatch(b -> b != 0 && Math.abs(b) <= bound),
          Arrays.toString(biases));
    }
  }

  @Test
  void standardBiasesAreTheSameForTheSameSeedAndDifferForAnother() {
    Network first = network("\n  bias_init: standard");
    assertSameParameters(first, network("\n  bias_init: standard"));
    Network reseeded = TestExperiments.fromYaml(MODEL.formatted("\n  bias_init: standard", "",
        "", "").replace("seed: 7", "seed: 8")).network();
    assertFalse(Arrays.equals(biases(first, 0), biases(reseeded, 0)));
  }

  @Test
  void biasInitOnOneLayerChangesNoOtherLayer() {
    Network plain = network("");
    Network middle = network("", "", ", bias_init: standard");
    for (int layer : new int[] {0, 2}) {
      assertArrayEquals(weights(plain, layer), weights(middle, layer));
      assertArrayEquals(biases(plain, layer), biases(middle, layer));
    }
    assertArrayEquals(weights(plain, 1), weights(middle, 1));
    assertFalse(Arrays.equals(biases(plain, 1), biases(middle, 1)));
    assertEquals("standard", middle.layers().get(1).description().biasInit());
    assertEquals("zeros", middle.layers().get(0).description().biasInit());
  }

  @Test
  void givenBiasesOnOneLayerChangeNoOtherLayersDraws() {
    Network drawn = network("\n  bias_init: standard");
    Network given = network("\n  bias_init: standard", ", biases: [1, 2, 3, 4, 5]");
    assertArrayEquals(new double[] {1, 2, 3, 4, 5}, biases(given, 0));
    for (int layer = 1; layer < 3; layer++) {
      assertArrayEquals(weights(drawn, layer), weights(given, layer));
      assertArrayEquals(biases(drawn, layer), biases(given, layer));
    }
    assertArrayEquals(weights(drawn, 0), weights(given, 0));
  }

  @Test
  void aLayersBiasInitOverridesTheModels() {
    Network network = network("\n  bias_init: standard", ", bias_init: zeros");
    assertArrayEquals(new double[5], biases(network, 0));
    assertEquals("zeros", network.layers().get(0).description().biasInit());
    assertEquals("standard", network.layers().get(1).description().biasInit());
  }

  @Test
  void aTrainedModelRefusesBiasesThatWouldBeDrawn() {
    String yaml = """
        model:
          inputs: 2
          bias_init: standard
          layers:
            - {units: 1, weights: [[1, 2]]}
        loss: mse
        data: {inline: {inputs: [[0, 1]], targets: [[1]]}}
        """;
    ConfigException e = assertThrows(ConfigException.class, () -> new ModelBuilder(
        TestExperiments.REGISTRY, Kernels.defaults(), Precision.FLOAT64).buildTrained(ExperimentLoader.fromText(
            yaml, Path.of("model.yaml"), List.of()).model(), 0, 1));
    assertTrue(e.getMessage().endsWith("model.layers[0]: layer 1 (dense) has no trained "
        + "biases: they would be drawn from bias_init standard; evaluate and predict need a "
        + "model saved by 'nn train --save', or the layer's biases written in the "
        + "configuration"), e.getMessage());
  }

  @Test
  void aTrainedModelWithoutBiasesStillStartsThemAtZeroByDefault() {
    String yaml = """
        model:
          inputs: 2
          layers:
            - {units: 1, weights: [[1, 2]]}
        loss: mse
        data: {inline: {inputs: [[0, 1]], targets: [[1]]}}
        """;
    Network network = new ModelBuilder(TestExperiments.REGISTRY, Kernels.defaults(), Precision.FLOAT64)
        .buildTrained(ExperimentLoader.fromText(yaml, Path.of("model.yaml"), List.of())
            .model(), 0, 1);
    assertArrayEquals(new double[1], biases(network, 0));
  }
}
