package org.nnlab.core.registry;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;

/**
 * The class loader of the plugin folders and its jars, to say which jar a plugin class found in
 * a stack trace comes from.
 */
final class PluginClasses {
  private final URLClassLoader loader;
  private final List<PluginJar> jars;

  /**
   * @param loader the loader of the plugin jars, or {@code null} when no jar was found
   * @param jars the jars, in the loader's search order
   */
  PluginClasses(URLClassLoader loader, List<PluginJar> jars) {
    this.loader = loader;
    this.jars = List.copyOf(jars);
  }

  /** The jar the loader takes a class from, as its plugin folder names it. */
  Optional<String> jarOf(String className) {
    if (loader == null) {
      return Optional.empty();
    }
    URL url = loader.findResource(className.replace('.', '/') + ".class");
    if (url == null) {
      return Optional.empty();
    }
    String text = url.toString();
    return jars.stream().filter(jar -> text.startsWith("jar:" + jar.url() + "!/")).findFirst()
        .map(jar -> jar.path().toString());
  }
}
