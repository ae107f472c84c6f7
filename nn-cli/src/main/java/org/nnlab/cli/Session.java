package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.config.ConfigChange;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.PluginProblem;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.train.Experiment;

/** What every command works with: the plugin registry and the matrix kernels. */
final class Session {
  private final Registry registry;
  private final MatrixKernels kernels;

  Session(Registry registry, MatrixKernels kernels) {
    this.registry = registry;
    this.kernels = kernels;
  }

  /** A session with the built-in plugins and those in the jars of each plugin folder. */
  static Session withPlugins(List<Path> pluginFolders) {
    Registry registry = RegistryLoader.load(pluginFolders);
    PluginExitWatch.watch(registry);
    return new Session(registry, Kernels.defaults());
  }

  /** Prints each plugin that failed to load or clashes with another, once, as a warning. */
  void warnAboutPlugins(PrintWriter err) {
    for (PluginProblem problem : registry.problems()) {
      err.println("warning: " + problem);
    }
    err.flush();
  }

  Registry registry() {
    return registry;
  }

  MatrixKernels kernels() {
    return kernels;
  }

  /**
   * The changes a command's {@code --set}, {@code --epochs} and {@code --precision} options ask
   * for, in that order; a null option asks for nothing.
   */
  static List<ConfigChange> changes(List<String> settings, String epochs, String precision) {
    List<ConfigChange> changes = new ArrayList<>();
    settings.forEach(setting -> changes.add(ConfigChange.set(setting)));
    if (epochs != null) {
      changes.add(ConfigChange.option("--epochs", "training.epochs", epochs));
    }
    if (precision != null) {
      changes.add(ConfigChange.option("--precision", "engine.precision", precision));
    }
    return changes;
  }

  /** Reads a configuration's YAML tree and applies {@code KEY=VALUE} overrides to it. */
  YamlMap tree(Path file, List<ConfigChange> overrides) {
    return ExperimentLoader.tree(file, overrides);
  }

  /** Validates a configuration tree. */
  ExperimentConfig validate(YamlMap tree, Path file) {
    return ExperimentLoader.validate(tree, file);
  }

  /** Reads a configuration, applies {@code KEY=VALUE} overrides, and validates it. */
  ExperimentConfig config(Path file, List<ConfigChange> overrides) {
    return validate(tree(file, overrides), file);
  }

  /** Reads, overrides, validates and prepares an experiment. */
  Experiment experiment(Path file, List<ConfigChange> overrides) {
    return Experiment.prepare(config(file, overrides), registry, kernels);
  }
}
