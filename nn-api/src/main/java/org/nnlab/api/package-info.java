/**
 * The service provider interfaces of nnlab and the small value types they use.
 *
 * <p>A plugin implements one of the provider interfaces ({@link org.nnlab.api.ActivationProvider},
 * {@link org.nnlab.api.LossProvider}, {@link org.nnlab.api.OptimizerProvider},
 * {@link org.nnlab.api.LayerProvider}) and registers it for {@link java.util.ServiceLoader}, for
 * example with Google's {@code @AutoService}. The provider's {@code name()} is the name a model
 * configuration uses; its {@code create} method builds the instance from the options written next
 * to that name in YAML.
 *
 * <p>All numbers are {@code double}. Batches are row-major {@link org.nnlab.api.Matrix} objects,
 * one sample per row. Nothing in this package returns {@code null} or accepts it, unless a method
 * says otherwise.
 *
 * <p>This package depends on nothing but the JDK. Its compatibility promise is stated by
 * {@link org.nnlab.api.NnApi#VERSION}.
 */
package org.nnlab.api;
