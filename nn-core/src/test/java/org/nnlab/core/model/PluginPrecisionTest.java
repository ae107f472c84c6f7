package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.LayerProvider;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.train.TestExperiments;

/** A float32 run refuses, by name, plugin layers that cannot compute in float32. */
class PluginPrecisionTest {
  private static final String LAYER = """
      package com.acme;

      import java.util.List;
      import org.nnlab.api.*;

      public final class %s implements LayerProvider {
        @Override public String name() { return "%s"; }
        @Override public String apiVersion() { return NnApi.VERSION; }
        @Override public Layer create(LayerContext context) {
          int size = context.inputSize();
          Parameter scale = new Parameter("scale", ParameterRole.SCALES, 1, size);
          return new Layer() {
            @Override public int inputSize() { return size; }
            @Override public int outputSize() { return size; }
            @Override public List<Parameter> parameters() { return List.of(scale); }
            @Override public boolean supports(Precision precision) { return %s; }
            @Override public void forward(Matrix input, Matrix output, Mode mode) {}
            @Override public void backward(Matrix input, Matrix g, Matrix inputGradient) {}
          };
        }
      }
      """;

  @TempDir static Path plugins;
  private static Registry registry;

  @BeforeAll
  static void buildPlugins() throws IOException {
    TestPlugins.jar(plugins.resolve("acme.jar"))
        .source("com.acme.Doubles", LAYER.formatted("Doubles", "doubles",
            "precision == Precision.FLOAT64"))
        .source("com.acme.Claims", LAYER.formatted("Claims", "claims", "true"))
        .service(LayerProvider.class, "com.acme.Doubles")
        .service(LayerProvider.class, "com.acme.Claims")
        .write();
    registry = RegistryLoader.load(List.of(plugins));
  }

  private static ConfigException refused(String type) {
    return assertThrows(ConfigException.class, () -> TestExperiments.fromYaml("""
        model:
          inputs: 2
          layers:
            - {type: %s, activation: linear}
            - {units: 1, activation: linear}
        loss: mse
        engine: {precision: float32}
        data: {inline: {inputs: [[1, 2]], targets: [[0]]}}
        """.formatted(type), registry));
  }

  @Test
  void aLayerThatComputesInFloat64OnlyIsRefusedByName() {
    ConfigException e = refused("doubles");
    assertTrue(e.getMessage().contains("layer type 'doubles' computes in float64 only, but "
        + "engine.precision is float32"), e.getMessage());
  }

  @Test
  void aLayerThatClaimsFloat32ButCreatesDoubleParametersIsRefusedByName() {
    ConfigException e = refused("claims");
    assertTrue(e.getMessage().contains("layer type 'claims' says it computes in float32 but "
        + "created its parameter 'scale' in float64"), e.getMessage());
  }
}
