/**
 * The built-in optimizers, registered for {@link java.util.ServiceLoader} with
 * {@code @AutoService}; nothing else in nnlab refers to these classes by name.
 */
package org.nnlab.optimizers;
