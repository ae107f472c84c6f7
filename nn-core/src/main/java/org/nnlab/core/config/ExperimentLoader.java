package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The one way a configuration is read: a file (or text), then the command line's {@code KEY=VALUE}
 * changes in order, then validation into an {@link ExperimentConfig}. {@code nn train}, {@code nn
 * compare}, {@code nn evaluate}, the tests and the benchmarks all read configurations here, and
 * {@link ExperimentBuilder} builds one in Java code through the same validation.
 */
public final class ExperimentLoader {
  private ExperimentLoader() {}

  /**
   * Reads a file's YAML tree and applies changes to it, without validating it yet (a comparison
   * varies the tree before validating each grid point).
   *
   * @param file the YAML file
   * @param changes the changes, applied in order
   * @return the changed tree
   * @throws ConfigException when the file cannot be read or a change does not fit
   */
  public static YamlMap tree(Path file, List<ConfigChange> changes) {
    YamlNode tree = new YamlReader().read(file);
    apply(tree, changes);
    return Values.map(tree, "");
  }

  /**
   * Reads, changes and validates a configuration file.
   *
   * @param file the YAML file; relative data paths are resolved against its folder
   * @param changes the changes, applied in order
   * @return the validated configuration
   * @throws ConfigException for the first problem found
   */
  public static ExperimentConfig load(Path file, List<ConfigChange> changes) {
    return validate(tree(file, changes), file);
  }

  /**
   * Reads, changes and validates configuration text.
   *
   * @param yaml the text
   * @param file the file it stands for: named in messages, and the folder of relative data paths
   * @param changes the changes, applied in order
   * @return the validated configuration
   * @throws ConfigException for the first problem found
   */
  public static ExperimentConfig fromText(String yaml, Path file, List<ConfigChange> changes) {
    YamlNode tree = new YamlReader().parse(yaml, file.toString());
    apply(tree, changes);
    return validate(Values.map(tree, ""), file);
  }

  /**
   * Validates a configuration tree.
   *
   * @param tree the tree, possibly changed
   * @param file the file it came from, for relative data paths
   * @return the validated configuration
   * @throws ConfigException for the first problem found
   */
  public static ExperimentConfig validate(YamlMap tree, Path file) {
    return new ConfigReader().validate(tree, file);
  }

  private static void apply(YamlNode tree, List<ConfigChange> changes) {
    ConfigOverrides editor = new ConfigOverrides();
    for (ConfigChange change : changes) {
      editor.apply(tree, change.assignment(), change.source());
    }
  }
}
