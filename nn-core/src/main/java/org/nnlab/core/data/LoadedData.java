package org.nnlab.core.data;

import java.util.List;
import java.util.Optional;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;

/**
 * Data read from its source but not yet fitted to a model. Knowing the number of samples before
 * the network is built lets its batch buffers be sized for the batches that will really occur.
 */
public final class LoadedData {
  private final DataConfig spec;
  private final RawData raw;

  LoadedData(DataConfig spec, RawData raw) {
    this.spec = spec;
    this.raw = raw;
  }

  /** The number of samples. */
  public int size() {
    return raw.size();
  }

  /**
   * Checks the data against the model and encodes its targets for the loss.
   *
   * @param inputs the model's input width
   * @param outputs the model's output width
   * @param kind what the loss makes of the targets
   * @return the data set
   * @throws ConfigException when the data does not fit the model or does not fit in memory
   */
  public Dataset fit(int inputs, int outputs, TargetKind kind) {
    return fit(inputs, outputs, kind, Optional.empty());
  }

  /**
   * Checks the data against the model and encodes its targets, numbering class labels as a
   * model was trained to: a validation or test file may lack some classes, or list them in
   * another order.
   *
   * @param inputs the model's input width
   * @param outputs the model's output width
   * @param kind what the loss makes of the targets
   * @param classes the class names in the model's output order, when they are known
   * @return the data set
   * @throws ConfigException when the data does not fit the model, holds a label the model does
   *     not know, or does not fit in memory
   */
  public Dataset fit(int inputs, int outputs, TargetKind kind,
      Optional<List<String>> classes) {
    return DataLoader.fit(spec, raw, inputs, outputs, kind, classes);
  }
}
