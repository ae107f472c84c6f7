package org.nnlab.core.checkpoint;

import java.util.List;
import java.util.Optional;
import org.nnlab.core.data.Standardization;

/**
 * What a model saved by {@code nn train --save} carries besides its configuration and
 * parameters: the {@code state} section. A hand-written configuration has none of it.
 *
 * @param standardization the training data's column statistics, when inputs are standardized
 * @param classes the class names in output order, when the targets are classes with names
 * @param inputNames the input columns' names, when the data had them
 * @param targetNames the target columns' names, when the data had them
 * @param progress where training stopped, so that it can go on
 */
public record SavedState(
    Optional<Standardization> standardization,
    Optional<List<String>> classes,
    List<String> inputNames,
    List<String> targetNames,
    Optional<Progress> progress) {

  /** The state of a configuration that was never trained by nnlab. */
  public static final SavedState NONE = new SavedState(Optional.empty(), Optional.empty(),
      List.of(), List.of(), Optional.empty());

  /** Creates the record, copying the lists. */
  public SavedState {
    inputNames = List.copyOf(inputNames);
    targetNames = List.copyOf(targetNames);
  }
}
