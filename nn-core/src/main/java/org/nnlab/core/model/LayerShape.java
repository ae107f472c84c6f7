package org.nnlab.core.model;

import java.util.List;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.Parameter;

/**
 * A built layer's sizes and parameters, asked of the layer once while the network is built, so
 * that the engine never calls a plugin's layer for them again.
 *
 * @param inputs its input width
 * @param outputs its output width
 * @param parameters its trainable parameters, in the layer's order
 * @param buffers its non-trainable state, in the layer's order
 */
record LayerShape(int inputs, int outputs, List<Parameter> parameters, List<Buffer> buffers) {

  /** Asks a layer for its shape. */
  static LayerShape of(Layer layer) {
    return new LayerShape(layer.inputSize(), layer.outputSize(), List.copyOf(layer.parameters()),
        List.copyOf(layer.buffers()));
  }

  /** The number of trainable values. */
  long parameterCount() {
    return parameters.stream().mapToLong(Parameter::size).sum();
  }
}
