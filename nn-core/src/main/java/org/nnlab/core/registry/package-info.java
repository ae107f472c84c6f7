/**
 * Discovery of plugins through {@link java.util.ServiceLoader}: one registry per run, built by an
 * explicit call, that answers names with providers or with precise errors.
 */
package org.nnlab.core.registry;
