package org.nnlab.core.data;

import java.util.List;

/**
 * The columns a trained model reads from a CSV file, by name: its inputs in its input order,
 * and its targets with their encoding.
 *
 * @param inputs the input columns' names, in the model's input order
 * @param targets the target columns
 */
public record ModelColumns(List<String> inputs, TargetColumns targets) {

  /** Creates the record, copying the list. */
  public ModelColumns {
    inputs = List.copyOf(inputs);
  }
}
