package org.nnlab.core.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.config.ConfigChange;
import org.nnlab.core.config.ExperimentLoader;
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
    return Experiment.prepare(ExperimentLoader.fromText(yaml, Path.of("test.yaml"), List.of()),
        registry, Kernels.defaults());
  }

  /** Prepares a bundled example (examples/NAME) with {@code KEY=VALUE} overrides. */
  public static Experiment example(String name, String... overrides) {
    List<ConfigChange> changes = new ArrayList<>();
    for (String override : overrides) {
      changes.add(new ConfigChange(override, "test"));
    }
    return Experiment.prepare(ExperimentLoader.load(Path.of("..", "examples", name), changes),
        REGISTRY, Kernels.defaults());
  }

  /** Trains an experiment with the default kernels, without listening. */
  public static TrainingResult train(Experiment experiment) {
    return new TrainingLoop(experiment, Kernels.defaults()).run();
  }
}
