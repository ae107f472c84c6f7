package org.nnlab.core.registry;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The shared plugin class loader as seen through one jar: classes come from the shared loader,
 * but the {@code META-INF/services} listings are those of this jar alone. A {@link
 * java.util.ServiceLoader} given this view therefore finds exactly the providers the jar lists,
 * which is how each provider and each failure is traced to its jar while all plugins still share
 * one class loader (and so can use the library jars beside them).
 */
final class JarView extends ClassLoader {
  private final PluginJar jar;

  JarView(PluginJar jar, ClassLoader shared) {
    super("nnlab-plugin-view", shared);
    this.jar = jar;
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith(PluginJar.SERVICES)) {
      return super.getResources(name);
    }
    String type = name.substring(PluginJar.SERVICES.length());
    return jar.providers().containsKey(type)
        ? Collections.enumeration(List.of(jar.entry(name)))
        : Collections.emptyEnumeration();
  }
}
