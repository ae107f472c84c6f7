/**
 * The built-in layer types besides {@code dense}: {@code dropout}, {@code batch_norm} and {@code
 * layer_norm}. Each provider is registered for {@link java.util.ServiceLoader} with
 * {@code @AutoService}; nothing else in nnlab refers to these classes by name.
 */
package org.nnlab.layers;
