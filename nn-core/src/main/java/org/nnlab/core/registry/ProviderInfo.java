package org.nnlab.core.registry;

import java.nio.file.Path;
import org.nnlab.api.Provider;

/**
 * One discovered provider and where it came from.
 *
 * @param kind the kind of plugin
 * @param name its registered name
 * @param provider the provider instance
 * @param source the jar file or class folder that supplied the class: for a plugin, the jar as
 *     its plugin folder names it
 * @param builtIn whether it ships with nnlab rather than coming from a plugin folder
 */
public record ProviderInfo(
    PluginKind<?> kind, String name, Provider provider, String source, boolean builtIn) {

  /** The provider's class name. */
  public String className() {
    return provider.getClass().getName();
  }

  /** The provider's one-line description; a plugin whose description fails says so. */
  public String description() {
    try {
      String description = provider.description();
      return description == null ? "" : description.replaceAll("\\s+", " ");
    } catch (RuntimeException | LinkageError e) {
      return "(description() threw " + e.getClass().getName() + ")";
    }
  }

  /**
   * Where the provider came from, for messages and listings: the plugin jar's path, or
   * {@code built in, <jar name>} for the plugins that ship with nnlab.
   */
  public String where() {
    if (!builtIn) {
      return source;
    }
    Path file = Path.of(source).getFileName();
    return "built in, " + (source.endsWith(".jar") && file != null ? file : source);
  }
}
