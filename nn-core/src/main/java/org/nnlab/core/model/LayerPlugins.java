package org.nnlab.core.model;

import org.nnlab.core.registry.ProviderInfo;

/**
 * The plugins one layer of a network is made of, to name the one that fails.
 *
 * @param type the layer type's provider
 * @param activation the activation's provider
 */
public record LayerPlugins(ProviderInfo type, ProviderInfo activation) {}
