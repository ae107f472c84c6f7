/**
 * A network built from a configuration: layers found in the registry, each followed by its
 * activation, with every batch buffer allocated once.
 */
package org.nnlab.core.model;
