package org.nnlab.core.data;

import java.util.List;

/**
 * Data as read, before it is checked against the model: inputs, and targets either as numbers or
 * as class indices with their labels.
 *
 * @param inputs one row per sample
 * @param numericTargets one row per sample, or {@code null} when the targets are classes
 * @param classes the class index of each sample, or {@code null} for numeric targets
 * @param classNames the label of each class index; empty for numeric targets
 * @param description a short description for the terminal
 */
record RawData(
    double[][] inputs,
    double[][] numericTargets,
    int[] classes,
    List<String> classNames,
    String description) {

  static RawData numeric(double[][] inputs, double[][] targets, String description) {
    return new RawData(inputs, targets, null, List.of(), description);
  }

  static RawData labelled(
      double[][] inputs, int[] classes, List<String> classNames, String description) {
    return new RawData(inputs, null, classes, List.copyOf(classNames), description);
  }
}
