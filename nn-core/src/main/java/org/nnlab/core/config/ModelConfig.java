package org.nnlab.core.config;

import java.util.List;

/**
 * The network: its input width and its layers in order.
 *
 * @param inputs the number of input features
 * @param layers the layers, first to last, at least one
 */
public record ModelConfig(int inputs, List<LayerConfig> layers) {

  /** Creates the record, copying the list. */
  public ModelConfig {
    layers = List.copyOf(layers);
  }
}
