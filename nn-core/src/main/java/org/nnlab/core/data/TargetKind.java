package org.nnlab.core.data;

/** What a loss makes of the targets, which decides how the data's targets are encoded. */
public enum TargetKind {
  /**
   * Numbers, one column per output. Class labels in the data still make classes (one-hot, or
   * 0/1 in one output for two classes).
   */
  VALUES,
  /**
   * Classes: one-hot rows over the outputs; a single numeric column holds class indices
   * 0 … outputs−1.
   */
  CLASSES,
  /**
   * Exactly two classes in the model's single output, as a sigmoid's probability of the second:
   * class labels must be two, and a numeric column must hold 0 or 1.
   */
  TWO_CLASSES_IN_ONE_OUTPUT;

  /** Whether the targets are classes whatever the data holds. */
  public boolean classes() {
    return this != VALUES;
  }
}
