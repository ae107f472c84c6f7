/**
 * The built-in activation functions. Each class is both the {@link org.nnlab.api.Activation} and
 * its {@link org.nnlab.api.ActivationProvider}, registered for {@link java.util.ServiceLoader} with
 * {@code @AutoService}; nothing else in nnlab refers to these classes by name.
 */
package org.nnlab.activations;
