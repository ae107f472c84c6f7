package org.nnlab.core.config;

import org.nnlab.core.init.InitScheme;

/**
 * One layer of a model: its type with options, the activation after it, and the weight
 * initialisation scheme.
 *
 * @param path the key path, such as {@code model.layers[2]}
 * @param type the layer type and its options (such as {@code units})
 * @param activation the activation applied to the layer's output
 * @param init how weights that are not given explicitly are drawn
 */
public record LayerConfig(String path, PluginRef type, PluginRef activation, InitScheme init) {}
