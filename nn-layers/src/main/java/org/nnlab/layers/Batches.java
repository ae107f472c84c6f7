package org.nnlab.layers;

import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;

/** Chooses, once per call, whether a layer of this module computes on doubles or on floats. */
final class Batches {
  private Batches() {}

  /**
   * Whether {@code batch} holds floats, after checking that it is in the precision the layer
   * created its parameters in (the engine passes batches in the run's precision).
   *
   * @throws IllegalArgumentException when the batch's precision is not the parameter's
   */
  static boolean floats(Matrix batch, Parameter parameter, Object layer) {
    Precision precision = batch.precision();
    if (precision != parameter.precision()) {
      throw new IllegalArgumentException(layer + " was built for "
          + parameter.precision().configName() + " but is given a " + precision.configName()
          + " batch");
    }
    return precision == Precision.FLOAT32;
  }
}
