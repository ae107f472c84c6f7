package org.nnlab.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * Reads the service listings of a jar, and reports what makes it contribute nothing or less
   * than it seems to: a listing line that is no class name, a listing for an interface nnlab
   * does not have, or a jar that lists no plugin and is no library either.
   *
   * @param path the jar file
   * @param problems receives what is wrong with the jar's contents
   * @return the jar and what it lists for each kind of plugin
   * @throws IOException when the file is not a zip file or cannot be read
   */
  static PluginJar read(Path path, Collection<PluginProblem> problems) throws IOException {
    Map<String, List<String>> providers = new LinkedHashMap<>();
    String source = path.toString();
    try (JarFile jar = new JarFile(path.toFile())) {
      Contents contents = Contents.of(jar);
      for (PluginKind<?> kind : PluginKind.all()) {
        JarEntry entry = jar.getJarEntry(SERVICES + kind.type().getName());
        if (entry != null) {
          try (InputStream in = jar.getInputStream(entry)) {
            providers.put(kind.type().getName(),
                ServiceListing.read(in, entry.getName(), source, problems));
          }
        }
      }
      for (String listing : contents.nnlabListings()) {
        problems.add(new PluginProblem(source, "", ServiceListing.unknownInterface(listing)));
      }
      if (providers.isEmpty() && contents.nnlabListings().isEmpty()) {
        contents.whyNothing(jar.getManifest() != null)
            .ifPresent(reason -> problems.add(new PluginProblem(source, "", reason)));
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

  /** What a jar holds besides its plugin listings, to explain one that provides nothing. */
  private record Contents(int classes, List<String> jars, List<String> nnlabListings) {
    static Contents of(JarFile jar) {
      int classes = 0;
      List<String> jars = new ArrayList<>();
      List<String> listings = new ArrayList<>();
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class")) {
          classes++;
        } else if (name.endsWith(".jar")) {
          jars.add(name);
        } else if (name.startsWith(SERVICES + "org.nnlab.") && !ServiceListing.isKind(name)) {
          listings.add(name);
        }
      }
      return new Contents(classes, jars, listings);
    }

    // A jar with classes and a manifest but no listing is a library a plugin may need: fine.
    Optional<String> whyNothing(boolean manifest) {
      if (classes == 0 && !jars.isEmpty()) {
        return Optional.of("holds other jars (" + jars.get(0) + (jars.size() > 1
            ? " and " + (jars.size() - 1) + " more" : "") + ") but no classes; nn does not look "
            + "inside them: put those jars in the plugin folder itself");
      }
      if (classes == 0) {
        return Optional.of("is empty: it holds no classes and lists no plugins");
      }
      if (!manifest) {
        return Optional.of("has no manifest and lists no plugins (no "
            + SERVICES + "org.nnlab.api.*Provider): is it really a jar?");
      }
      return Optional.empty();
    }
  }
}
