package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.config.ConfigOverrides;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.stats.EpochStats;

/** A plugin is trained exactly like a built-in: no path of the engine favours either. */
class PluginTrainingTest {

  private static List<EpochStats> train(Registry registry, String activation) {
    return train(registry, activation, "float64");
  }

  private static List<EpochStats> train(Registry registry, String activation, String precision) {
    Path file = Path.of("..", "examples", "vanishing-tanh.yaml");
    ConfigReader reader = new ConfigReader();
    YamlNode tree = reader.parse(file);
    new ConfigOverrides().apply(tree, "model.activation=" + activation, "test");
    new ConfigOverrides().apply(tree, "engine.precision=" + precision, "test");
    new ConfigOverrides().apply(tree, "training.epochs=3", "test");
    Experiment experiment =
        Experiment.prepare(reader.validate(tree, file), registry, Kernels.defaults());
    return TestExperiments.train(experiment).epochs();
  }

  @Test
  void aPluginTanhTrainsToTheSameNumbersAsTheBuiltInTanhBitForBit(@TempDir Path plugins)
      throws IOException {
    // The plugin computes Math.tanh(x) and 1 - y * y through the default bulk methods, the
    // built-in the same formulas in its own loops; ten layers and three epochs of the spiral.
    TestPlugins.tanhJar(plugins.resolve("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    Registry registry = RegistryLoader.load(List.of(plugins));
    List<EpochStats> builtIn = train(registry, "tanh");
    List<EpochStats> plugin = train(registry, "tanh_plugin");
    assertEquals(3, plugin.size());
    assertEquals(builtIn, plugin);
    // The comparison can fail: another activation gives other numbers.
    assertNotEquals(builtIn, train(registry, "sigmoid"));
  }

  @Test
  void aPluginTanhWithScalarMethodsAloneTrainsInFloat32AsTheBuiltInTanhBitForBit(
      @TempDir Path plugins) throws IOException {
    // Its float bulk methods are nn-api's defaults: (float) Math.tanh(x), as the built-in's.
    TestPlugins.tanhJar(plugins.resolve("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    Registry registry = RegistryLoader.load(List.of(plugins));
    List<EpochStats> builtIn = train(registry, "tanh", "float32");
    assertEquals(builtIn, train(registry, "tanh_plugin", "float32"));
    assertNotEquals(train(registry, "tanh", "float64"), builtIn);
  }
}
