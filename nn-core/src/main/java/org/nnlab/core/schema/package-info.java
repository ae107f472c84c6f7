/**
 * The JSON Schema of configuration files that {@code nn schema} writes for editors: generated
 * from the format's own declarations ({@link org.nnlab.core.config.RootKeys} and the sections
 * below it) and from the plugins the registry finds ({@link org.nnlab.core.schema.PluginCatalog}).
 */
package org.nnlab.core.schema;
