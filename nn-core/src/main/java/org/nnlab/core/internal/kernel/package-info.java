/**
 * The one narrow interface through which all matrix arithmetic runs, and its pure-Java
 * implementation. Not for plugins: a later release may swap in SIMD, BLAS or float32 kernels.
 */
package org.nnlab.core.internal.kernel;
