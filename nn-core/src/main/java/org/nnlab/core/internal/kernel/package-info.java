/**
 * The one narrow interface through which all matrix arithmetic runs ({@link
 * org.nnlab.core.internal.kernel.MatrixKernels}), in {@code double} and {@code float}, and its
 * implementations: scalar pure-Java loops, and Vector API kernels used when the JVM has {@code
 * jdk.incubator.vector}. Not for plugins.
 */
package org.nnlab.core.internal.kernel;
