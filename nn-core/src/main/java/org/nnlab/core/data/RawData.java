package org.nnlab.core.data;

import java.util.List;
import java.util.function.IntFunction;
import org.nnlab.core.config.Location;

/**
 * Data as read, before it is checked against the model: inputs, and targets either as numbers or
 * as class indices with their labels, with where each part came from for messages.
 *
 * @param inputs one row per sample
 * @param numericTargets one row per sample, or {@code null} when the targets are classes
 * @param classes the class index of each sample, or {@code null} for numeric targets
 * @param classNames the label of each class index; empty for numeric targets
 * @param description a short description for the terminal
 * @param name what the data is called in messages, such as {@code iris.csv}
 * @param inputNames the input columns' names, or empty when they have none
 * @param targetNames the target columns' names, or empty when they have none
 * @param inputsOrigin where the inputs were written
 * @param targetsOrigin where the targets were written
 * @param targetRow where the target of one sample was written
 */
record RawData(
    double[][] inputs,
    double[][] numericTargets,
    int[] classes,
    List<String> classNames,
    String description,
    String name,
    List<String> inputNames,
    List<String> targetNames,
    Origin inputsOrigin,
    Origin targetsOrigin,
    IntFunction<Origin> targetRow) {

  /**
   * Where part of the data was written.
   *
   * @param location the file and, when known, line and column
   * @param path the configuration key path, or empty for a position in a data file
   */
  record Origin(Location location, String path) {}

  /** The number of samples. */
  int size() {
    return inputs.length;
  }
}
