/**
 * Discovery of plugins through {@link java.util.ServiceLoader}: one registry per run, built by an
 * explicit call, that answers names with providers or with precise errors.
 *
 * <p>The built-ins come from nnlab's own class path; plugins from the jars in plugin folders,
 * which share one class loader below nnlab's. Every provider and every failure is traced to its
 * jar, and a failure is one line saying what the user can do about it.
 */
package org.nnlab.core.registry;
