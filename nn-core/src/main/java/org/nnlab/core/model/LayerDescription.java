package org.nnlab.core.model;

import java.util.Map;

/**
 * What a layer is, as reported and saved: its position, type, shape and activation, and the
 * options it was built from.
 *
 * @param index the 1-based position, first layer 1
 * @param type the layer type's registered name
 * @param inputs input width
 * @param units output width
 * @param activation the activation's registered name
 * @param activationOptions the activation's options, empty for most
 * @param init the weight initialisation scheme's name
 * @param biasInit the bias initialisation scheme's name
 * @param parameterCount the number of trainable values
 * @param options the layer's options as resolved (for example {@code units})
 */
public record LayerDescription(
    int index,
    String type,
    int inputs,
    int units,
    String activation,
    Map<String, Object> activationOptions,
    String init,
    String biasInit,
    long parameterCount,
    Map<String, Object> options) {}
