package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.Collections;
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
   * @param inputRows where each row of {@code inputs} was written, for messages
   * @param targetRows where each row of {@code targets} was written, for messages
   */
  record Inline(
      double[][] inputs,
      double[][] targets,
      String path,
      Location location,
      List<Location> inputRows,
      List<Location> targetRows)
      implements DataConfig {

    /** Creates the record, copying the row locations. */
    public Inline {
      inputRows = List.copyOf(inputRows);
      targetRows = List.copyOf(targetRows);
    }

    /** Creates inline data whose rows are all located at {@code location}. */
    public Inline(double[][] inputs, double[][] targets, String path, Location location) {
      this(inputs, targets, path, location, Collections.nCopies(inputs.length, location),
          Collections.nCopies(targets.length, location));
    }
  }

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
