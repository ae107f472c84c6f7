/** The built-in layer types, registered with {@code @AutoService} like any plugin. */
package org.nnlab.core.layers;
