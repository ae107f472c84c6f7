package org.nnlab.core.config;

import java.util.Optional;
import org.nnlab.core.init.BiasInit;
import org.nnlab.core.init.InitScheme;

/**
 * One layer of a model: its type with options, the activation after it, the weight and bias
 * initialisation schemes, and whether it ends a residual block.
 *
 * @param path the key path, such as {@code model.layers[2]}
 * @param type the layer type and its options (such as {@code units})
 * @param activation the activation applied to the layer's output
 * @param init how weights that are not given explicitly are drawn
 * @param biasInit how biases that are not given explicitly start
 * @param residual the residual block this layer ends, if any
 */
public record LayerConfig(String path, PluginRef type, PluginRef activation, InitScheme init,
    BiasInit biasInit, Optional<Residual> residual) {

  /** A layer that ends no residual block. */
  public LayerConfig(String path, PluginRef type, PluginRef activation, InitScheme init,
      BiasInit biasInit) {
    this(path, type, activation, init, biasInit, Optional.empty());
  }

  /**
   * A skip connection: the input of a block of layers is added to the activated output of its
   * last layer, x + f(...(x)).
   *
   * @param span the number of layers in the block, this one and the {@code span - 1} before it;
   *     at least 1
   * @param location where it was asked for, for errors
   * @param path its key path, such as {@code model.layers[3].residual}
   */
  public record Residual(int span, Location location, String path) {}
}
