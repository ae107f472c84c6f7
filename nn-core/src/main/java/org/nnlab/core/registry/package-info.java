/**
 * Discovery of plugins from {@code META-INF/services} listings: one registry per run, built by
 * an explicit call, that answers names with providers or with precise errors.
 *
 * <p>The built-ins come from nnlab's own class path; plugins from the jars in plugin folders,
 * which share one class loader below nnlab's. Discovery runs no plugin code: names and API
 * versions are read from the class files, and a provider is created only when a configuration
 * uses it or a listing describes it. Every provider and every failure is traced to its jar, and
 * a failure is one line saying what the user can do about it. What a plugin's code throws while
 * a run is built or trained is turned into one line naming the plugin
 * ({@link org.nnlab.core.registry.PluginBuild}, {@link org.nnlab.core.registry.PluginCallException}).
 */
package org.nnlab.core.registry;
