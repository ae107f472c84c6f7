package org.nnlab.core.registry;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.nnlab.api.NnApi;
import org.nnlab.api.Provider;

/**
 * Builds a {@link Registry} from the providers that {@link ServiceLoader} finds: the built-ins
 * through nnlab's own class loader, and the plugins in the jars of plugin folders through one
 * class loader of their own. A jar or provider that fails to load, has an invalid name, or was
 * built for an incompatible API version is recorded as a {@link PluginProblem} naming the jar
 * and class; everything else still loads.
 */
public final class RegistryLoader {
  private static final String NAME_PATTERN = "[a-z][a-z0-9_]*";

  private final List<ProviderInfo> providers = new ArrayList<>();
  private final Set<PluginProblem> problems = new LinkedHashSet<>();
  private final Map<String, PluginProblem> refused = new HashMap<>();
  private boolean pluginFoldersSearched;

  /** Loads the providers visible to the class loader that loaded nnlab itself. */
  public static Registry loadBuiltIns() {
    return load(List.of());
  }

  /**
   * Loads the built-in providers and those in the jars of each plugin folder.
   *
   * @param pluginFolders existing folders, searched in this order
   * @return the registry
   */
  public static Registry load(List<Path> pluginFolders) {
    return new RegistryLoader().scan(RegistryLoader.class.getClassLoader())
        .scanFolders(pluginFolders).build();
  }

  /**
   * Adds, as built-ins, every provider of every kind that {@link ServiceLoader} finds through
   * {@code loader}.
   *
   * @param loader the class loader to search
   * @return this loader
   */
  public RegistryLoader scan(ClassLoader loader) {
    for (PluginKind<?> kind : PluginKind.all()) {
      Iterator<? extends Provider> it = ServiceLoader.load(kind.type(), loader).iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
          Provider provider = it.next();
          add(kind, provider, sourceOf(provider.getClass()), true);
        } catch (ServiceConfigurationError e) {
          problems.add(new PluginProblem("(built in)", "", LoadFailures.reason(e, kind.type())));
        }
      }
    }
    return this;
  }

  /**
   * Adds the providers listed by every {@code *.jar} directly inside each folder. All the jars
   * share one class loader whose parent is nnlab's own, so a plugin sees nn-api as nnlab runs it,
   * and the jars a plugin depends on can lie beside it.
   *
   * @param folders existing folders, searched in this order
   * @return this loader
   */
  public RegistryLoader scanFolders(List<Path> folders) {
    List<PluginJar> jars = new ArrayList<>();
    pluginFoldersSearched |= !folders.isEmpty();
    for (Path folder : folders) {
      PluginFolder.read(folder, jars, problems);
    }
    if (jars.isEmpty()) {
      return this;
    }
    // Kept open for the life of the process: the plugins' classes are used until it exits.
    URLClassLoader shared = new URLClassLoader("nnlab-plugins",
        jars.stream().map(PluginJar::url).toArray(URL[]::new),
        RegistryLoader.class.getClassLoader());
    for (PluginJar jar : jars) {
      for (PluginKind<?> kind : PluginKind.all()) {
        scanJar(kind, jar, shared);
      }
    }
    return this;
  }

  private void scanJar(PluginKind<?> kind, PluginJar jar, ClassLoader shared) {
    List<String> pending = new ArrayList<>(jar.providers(kind));
    int failures = 0;
    Iterator<? extends Provider> it =
        ServiceLoader.load(kind.type(), new JarView(jar, shared)).iterator();
    while (!pending.isEmpty() && failures <= jar.providers(kind).size()) {
      Provider provider;
      try {
        if (!it.hasNext()) {
          return;
        }
        provider = it.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        failures++;
        String className = claim(pending, e);
        problems.add(new PluginProblem(jar.path().toString(), className,
            LoadFailures.reason(e, kind.type())));
        continue;
      }
      pending.remove(provider.getClass().getName());
      // A jar that bundles nnlab's own plugins lists them again; they are the built-ins already.
      if (provider.getClass().getClassLoader() == shared) {
        add(kind, provider, jar.path().toString(), false);
      }
    }
  }

  /**
   * Finds the listed class a failure is about: the one its message names or, when it names none
   * (a missing superclass, say), the next one ServiceLoader was due to load.
   */
  private static String claim(List<String> pending, Throwable error) {
    String message = String.valueOf(error.getMessage());
    String best = null;
    for (String name : pending) {
      boolean named = message.contains(name) || message.contains(name.replace('.', '/'));
      if (named && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    String claimed = best != null ? best : pending.get(0);
    pending.remove(claimed);
    return claimed;
  }

  private void add(PluginKind<?> kind, Provider provider, String source, boolean builtIn) {
    String className = provider.getClass().getName();
    String name;
    String version;
    try {
      name = provider.name();
    } catch (RuntimeException | LinkageError e) {
      problems.add(new PluginProblem(source, className, LoadFailures.methodFailure("name()", e)));
      return;
    }
    try {
      version = provider.apiVersion();
    } catch (RuntimeException | LinkageError e) {
      problems.add(new PluginProblem(source, className,
          LoadFailures.methodFailure("apiVersion()", e)));
      return;
    }
    if (!NnApi.isCompatible(version)) {
      PluginProblem problem =
          new PluginProblem(source, className, LoadFailures.incompatibleVersion(version));
      problems.add(problem);
      if (name != null) {
        refused.putIfAbsent(Registry.key(kind, name), problem);
      }
      return;
    }
    if (name == null || !name.matches(NAME_PATTERN)) {
      problems.add(new PluginProblem(source, className,
          "invalid name " + (name == null ? "null" : "'" + name + "'") + ", expected "
              + NAME_PATTERN));
      return;
    }
    providers.add(new ProviderInfo(kind, name, provider, source, builtIn));
  }

  /** Builds the registry, recording every name offered more than once as a problem too. */
  public Registry build() {
    Map<String, List<ProviderInfo>> byName = new LinkedHashMap<>();
    for (ProviderInfo info : providers) {
      byName.computeIfAbsent(Registry.key(info.kind(), info.name()), k -> new ArrayList<>())
          .add(info);
    }
    Set<PluginProblem> all = new LinkedHashSet<>(problems);
    for (List<ProviderInfo> infos : byName.values()) {
      ProviderInfo first = infos.get(0);
      for (ProviderInfo other : infos.subList(1, infos.size())) {
        all.add(new PluginProblem(other.source(), other.className(),
            other.kind().noun() + " '" + other.name() + "' is also provided by "
                + first.className() + " (" + first.where() + "); a configuration that uses '"
                + other.name() + "' will be refused"));
      }
    }
    return new Registry(providers, new ArrayList<>(all), refused, pluginFoldersSearched);
  }

  /** The jar or folder a class was loaded from, or its class loader when unknown. */
  static String sourceOf(Class<?> type) {
    CodeSource code = type.getProtectionDomain().getCodeSource();
    if (code == null || code.getLocation() == null) {
      return "(" + type.getClassLoader() + ")";
    }
    try {
      return Path.of(code.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return code.getLocation().toString();
    }
  }
}
