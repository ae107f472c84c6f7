package org.nnlab.core.data;

import java.util.List;
import org.nnlab.api.Matrix;

/**
 * Samples ready for training: one row per sample, targets already encoded for the model's loss.
 *
 * @param inputs {@code samples x inputs}
 * @param targets {@code samples x outputs}
 * @param classNames the class labels, in target-column order, when the targets are classes;
 *     empty otherwise
 * @param classification whether accuracy applies: targets are classes (one-hot, or a single 0/1
 *     column)
 * @param description a short description for the terminal, such as {@code spiral, 300 samples}
 */
public record Dataset(
    Matrix inputs,
    Matrix targets,
    List<String> classNames,
    boolean classification,
    String description) {

  /** The number of samples. */
  public int size() {
    return inputs.rows();
  }
}
