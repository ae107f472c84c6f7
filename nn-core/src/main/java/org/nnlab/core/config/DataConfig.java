package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.List;

/** Where the training data comes from. */
public sealed interface DataConfig {

  /** The key path of the data source, for messages. */
  String path();

  /** Where the data source was written. */
  Location location();

  /**
   * Data written in the configuration itself.
   *
   * @param inputs one row per sample
   * @param targets one row per sample
   * @param path key path of {@code data.inline}
   * @param location where it was written
   */
  record Inline(double[][] inputs, double[][] targets, String path, Location location)
      implements DataConfig {}

  /**
   * A CSV file with a header row.
   *
   * @param file the file, resolved against the configuration's folder
   * @param written the path as written in the configuration
   * @param targets the target column names
   * @param path key path of {@code data.csv}
   * @param location where it was written
   */
  record Csv(Path file, String written, List<String> targets, String path, Location location)
      implements DataConfig {}

  /**
   * A generated two-dimensional classification set.
   *
   * @param name {@code xor}, {@code spiral}, {@code moons} or {@code circles}
   * @param samples the number of samples
   * @param noise the standard deviation of Gaussian noise added to each point
   * @param classes the number of classes (only {@code spiral} lets it vary)
   * @param path key path of {@code data.synthetic}
   * @param location where it was written
   */
  record Synthetic(
      String name, int samples, double noise, int classes, String path, Location location)
      implements DataConfig {}
}
