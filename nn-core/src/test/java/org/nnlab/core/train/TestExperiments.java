package org.nnlab.core.train;

import java.nio.file.Path;
import org.nnlab.core.config.ConfigOverrides;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;

/** Builds experiments for tests from YAML text or from the bundled examples. */
public final class TestExperiments {
  /** The registry of built-in plugins, found through ServiceLoader like in production. */
  public static final Registry REGISTRY = RegistryLoader.loadBuiltIns();

  private TestExperiments() {}

  /** Prepares an experiment from YAML text. */
  public static Experiment fromYaml(String yaml) {
    return fromYaml(yaml, REGISTRY);
  }

  /** Prepares an experiment from YAML text, with the plugins of {@code registry}. */
  public static Experiment fromYaml(String yaml, Registry registry) {
    YamlNode tree = new YamlReader().parse(yaml, "test.yaml");
    return Experiment.prepare(
        new ConfigReader().validate(tree, Path.of("test.yaml")), registry, Kernels.defaults());
  }

  /** Prepares a bundled example (examples/NAME) with {@code KEY=VALUE} overrides. */
  public static Experiment example(String name, String... overrides) {
    Path file = Path.of("..", "examples", name);
    ConfigReader reader = new ConfigReader();
    YamlNode tree = reader.parse(file);
    for (String override : overrides) {
      new ConfigOverrides().apply(tree, override, "test");
    }
    return Experiment.prepare(reader.validate(tree, file), REGISTRY, Kernels.defaults());
  }

  /** Trains an experiment with the default kernels, without listening. */
  public static TrainingResult train(Experiment experiment) {
    return new TrainingLoop(experiment, Kernels.defaults()).run();
  }
}
