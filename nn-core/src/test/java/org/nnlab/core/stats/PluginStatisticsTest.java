package org.nnlab.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.LayerProvider;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.train.TestExperiments;

/**
 * The statistics and the verdict of plugins that the built-ins do not resemble: swish, whose
 * derivative is negative for z &lt; 0, and a layer without parameters, which the SPI allows.
 * Both come from a plugin jar, through the registry, as a user's would.
 */
class PluginStatisticsTest {
  private static final String SWISH = """
      package com.acme;

      import org.nnlab.api.*;

      public final class Swish implements Activation, ActivationProvider {
        @Override public String name() { return "swish"; }
        @Override public String apiVersion() { return NnApi.VERSION; }
        @Override public Activation create(PluginOptions options) { return this; }
        @Override public double apply(double x) { return x * sigmoid(x); }
        @Override public double derivative(double x, double y) {
          double s = sigmoid(x);
          return s + x * s * (1 - s);
        }
        private static double sigmoid(double x) {
          return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        }
      }
      """;

  private static final String PASSTHROUGH = """
      package com.acme;

      import java.util.List;
      import org.nnlab.api.*;

      public final class Passthrough implements LayerProvider {
        @Override public String name() { return "passthrough"; }
        @Override public String apiVersion() { return NnApi.VERSION; }
        @Override public Layer create(LayerContext context) {
          int size = context.inputSize();
          return new Layer() {
            @Override public int inputSize() { return size; }
            @Override public int outputSize() { return size; }
            @Override public List<Parameter> parameters() { return List.of(); }
            @Override public void forward(Matrix input, Matrix output, Mode mode) {
              System.arraycopy(input.data(), 0, output.data(), 0, input.size());
            }
            @Override public void backward(Matrix input, Matrix g, Matrix inputGradient) {
              if (inputGradient != null) {
                System.arraycopy(g.data(), 0, inputGradient.data(), 0, g.size());
              }
            }
          };
        }
      }
      """;

  @TempDir static Path plugins;
  private static Registry registry;

  @BeforeAll
  static void buildPlugins() throws IOException {
    TestPlugins.jar(plugins.resolve("acme.jar"))
        .source("com.acme.Swish", SWISH)
        .source("com.acme.Passthrough", PASSTHROUGH)
        .service(ActivationProvider.class, "com.acme.Swish")
        .service(LayerProvider.class, "com.acme.Passthrough")
        .write();
    registry = RegistryLoader.load(List.of(plugins));
  }

  private static EpochStats firstEpoch(String yaml) {
    return TestExperiments.train(TestExperiments.fromYaml(yaml, registry)).epochs().get(0);
  }

  /** One sample x = 1 into two swish units whose weights put both at z = w. */
  private static EpochStats swishAt(double z) {
    return firstEpoch("""
        model:
          inputs: 1
          layers:
            - {units: 2, activation: swish, weights: [[%s], [%s]], biases: [0, 0]}
            - {units: 1, activation: linear}
        loss: mse
        training: {epochs: 1, batch_size: 1, shuffle: false}
        data: {inline: {inputs: [[1]], targets: [[0]]}}
        """.formatted(z, z));
  }

  @Test
  void swishUnitsWithANegativeSlopeAreNotSaturated() {
    // swish'(-2) = s + x s (1 - s) with s = sigmoid(-2) = 0.11920: -0.0908, while the threshold
    // is 1% of swish's peak derivative, 1.0998 (at z = 2.40): |f'| = 0.0908 is well above it.
    EpochStats stats = swishAt(-2);
    assertEquals(-0.0908, stats.activationGradMeans().get(0), 1e-4);
    assertEquals(0.0, stats.saturatedFractions().get(0), 0.0);
  }

  @Test
  void swishUnitsFarOnTheFlatNegativeSideAreSaturated() {
    // swish'(-30) = -2.7e-12: both units pass practically no gradient.
    assertEquals(1.0, swishAt(-30).saturatedFractions().get(0), 0.0);
  }

  private static final String LAYERS = """
      model:
        inputs: 2
        layers: [%s]
      loss: mse
      optimizer: {type: sgd, learning_rate: 0.1}
      training: {epochs: 1, batch_size: 4, shuffle: false}
      data: {inline: {inputs: [[0, 1], [1, 0], [1, 1], [0, 0]], targets: [[1], [1], [0], [0]]}}
      """;

  @Test
  void aLayerWithoutParametersHasNoGradientOrWeightNorms() {
    EpochStats stats = firstEpoch(LAYERS.formatted(
        "{units: 3, activation: tanh}, {type: passthrough}, {units: 1}"));
    assertEquals(List.of(Double.NaN, Double.NaN, Double.NaN), List.of(stats.gradNorms().get(1),
        stats.biasGradNorms().get(1), stats.weightNorms().get(1)));
  }

  @Test
  void theVerdictComparesTheFirstAndLastLayersWithWeights() {
    EpochStats stats = firstEpoch(LAYERS.formatted(
        "{type: passthrough}, {units: 3, activation: tanh}, {units: 3, activation: tanh}, "
            + "{units: 1}, {type: passthrough}"));
    GradientVerdict verdict = GradientVerdict.of(stats);
    assertEquals(stats.gradNorms().get(1) / stats.gradNorms().get(3), verdict.ratio(), 0.0);
    assertTrue(verdict.sentence().startsWith("layer 2 gets ")
        && verdict.sentence().contains(" x the gradient of layer 4: "), verdict.sentence());
  }
}
