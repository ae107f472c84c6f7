package org.nnlab.core.registry;

import org.nnlab.api.Provider;

/**
 * One discovered provider and where it came from.
 *
 * @param kind the kind of plugin
 * @param name its registered name
 * @param provider the provider instance
 * @param source the jar file or class folder that supplied the class
 */
public record ProviderInfo(PluginKind<?> kind, String name, Provider provider, String source) {

  /** The provider's class name. */
  public String className() {
    return provider.getClass().getName();
  }

  /** The provider's one-line description. */
  public String description() {
    return provider.description();
  }
}
