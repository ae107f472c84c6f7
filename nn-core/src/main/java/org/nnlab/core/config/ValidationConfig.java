package org.nnlab.core.config;

/** Where the validation data comes from: a share held out of the training data, or a source. */
public sealed interface ValidationConfig {

  /**
   * {@code validation.fraction}: a share of the training data held out before training, drawn
   * from the seed and stratified by class for classification.
   *
   * @param fraction the share, in (0, 1)
   * @param location where it was written
   */
  record Fraction(double fraction, Location location) implements ValidationConfig {}

  /**
   * {@code validation.inline}, {@code .csv} or {@code .synthetic}: data of its own, read like the
   * training data.
   *
   * @param data the source
   */
  record Source(DataConfig data) implements ValidationConfig {}
}
