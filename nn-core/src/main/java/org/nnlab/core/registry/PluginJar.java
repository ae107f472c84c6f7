package org.nnlab.core.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A jar in a plugin folder and the provider classes it lists in {@code META-INF/services}, read
 * before anything is loaded so that every provider and every failure can be traced to its jar.
 *
 * @param path the jar as the user's folder names it, for messages
 * @param providers the provider class names listed for each provider interface, in file order
 */
record PluginJar(Path path, Map<String, List<String>> providers) {
  static final String SERVICES = "META-INF/services/";

  /**
   * Reads the service listings of a jar.
   *
   * @param path the jar file
   * @return the jar and what it lists for each kind of plugin
   * @throws IOException when the file is not a zip file or cannot be read
   */
  static PluginJar read(Path path) throws IOException {
    Map<String, List<String>> providers = new LinkedHashMap<>();
    try (JarFile jar = new JarFile(path.toFile())) {
      for (PluginKind<?> kind : PluginKind.all()) {
        JarEntry entry = jar.getJarEntry(SERVICES + kind.type().getName());
        if (entry != null) {
          providers.put(kind.type().getName(), classNames(jar, entry));
        }
      }
    }
    return new PluginJar(path, providers);
  }

  /** The provider classes listed for one kind, without repeats; empty when none are. */
  List<String> providers(PluginKind<?> kind) {
    return providers.getOrDefault(kind.type().getName(), List.of());
  }

  /** The jar's location for a class loader. */
  URL url() {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("cannot make a URL of " + path, e);
    }
  }

  /** The URL of one entry inside the jar. */
  URL entry(String name) throws MalformedURLException {
    return new URL("jar:" + path.toUri() + "!/" + name);
  }

  // The format ServiceLoader reads: one binary class name per line, '#' starts a comment.
  private static List<String> classNames(JarFile jar, JarEntry entry) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }
}
