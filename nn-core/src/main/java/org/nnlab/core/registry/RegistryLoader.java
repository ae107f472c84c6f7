package org.nnlab.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.NnApi;

/**
 * Builds a {@link Registry} from the classes listed in {@code META-INF/services} files, in the
 * format {@link java.util.ServiceLoader} reads: the built-ins through nnlab's own class loader,
 * and the plugins in the jars of plugin folders through one class loader of their own.
 *
 * <p>Discovery runs no plugin code: each listed class is loaded without being initialized,
 * checked by reflection, and its {@code name()} and {@code apiVersion()} are read from the
 * class file when they return constants, as they almost always do. Only a provider whose name
 * or version is computed is created to ask it, on a thread of its own with a time limit. A jar
 * or provider that fails to load, has an invalid name, or was built for an incompatible API
 * version is recorded as a {@link PluginProblem} naming the jar and class; everything else
 * still loads.
 */
public final class RegistryLoader {
  private static final String NAME_PATTERN = "[a-z][a-z0-9_]*";
  private static final String BUILT_IN = "(built in)";
  /** The name of the class loader of plugin folders, which stack traces show. */
  static final String PLUGIN_LOADER = "nnlab-plugins";

  private final List<ProviderInfo> providers = new ArrayList<>();
  private final Set<PluginProblem> problems = new LinkedHashSet<>();
  private final Map<String, PluginProblem> refused = new HashMap<>();
  private final List<PluginJar> jars = new ArrayList<>();
  private URLClassLoader shared;
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
   * Adds, as built-ins, every provider of every kind listed in the {@code META-INF/services}
   * files that {@code loader} sees.
   *
   * @param loader the class loader to search
   * @return this loader
   */
  public RegistryLoader scan(ClassLoader loader) {
    for (PluginKind<?> kind : PluginKind.all()) {
      String listing = PluginJar.SERVICES + kind.type().getName();
      Set<String> listed = new LinkedHashSet<>();
      try {
        for (Enumeration<URL> urls = loader.getResources(listing); urls.hasMoreElements(); ) {
          try (InputStream in = urls.nextElement().openStream()) {
            listed.addAll(ServiceListing.read(in, listing, BUILT_IN, problems));
          }
        }
      } catch (IOException e) {
        problems.add(new PluginProblem(BUILT_IN, "", "cannot read " + listing + ": " + e));
      }
      listed.forEach(className -> add(kind, className, loader, BUILT_IN, true));
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
    List<PluginJar> found = new ArrayList<>();
    pluginFoldersSearched |= !folders.isEmpty();
    for (Path folder : folders) {
      PluginFolder.read(folder, found, problems);
    }
    if (found.isEmpty()) {
      return this;
    }
    // Kept open for the life of the process: the plugins' classes are used until it exits.
    URLClassLoader loader = new URLClassLoader(PLUGIN_LOADER,
        found.stream().map(PluginJar::url).toArray(URL[]::new),
        RegistryLoader.class.getClassLoader());
    for (PluginJar jar : found) {
      for (PluginKind<?> kind : PluginKind.all()) {
        for (String className : jar.providers(kind)) {
          add(kind, className, loader, jar.path().toString(), false);
        }
      }
    }
    jars.addAll(found);
    shared = loader;
    return this;
  }

  private void add(
      PluginKind<?> kind, String className, ClassLoader loader, String listedIn, boolean builtIn) {
    Class<?> type;
    try {
      type = ProviderClasses.load(className, loader);
    } catch (ClassNotFoundException e) {
      problems.add(new PluginProblem(listedIn, className, LoadFailures.notFound(kind)));
      return;
    } catch (LinkageError e) {
      problems.add(new PluginProblem(listedIn, className, LoadFailures.loading(e)));
      return;
    }
    // A jar that bundles nnlab's own plugins lists them again; they are the built-ins already.
    if (!builtIn && type.getClassLoader() != loader) {
      return;
    }
    String source = builtIn ? sourceOf(type) : listedIn;
    Optional<String> refusal;
    try {
      refusal = ProviderClasses.refusal(kind, type);
    } catch (LinkageError e) {
      refusal = Optional.of(LoadFailures.loading(e));
    }
    if (refusal.isPresent()) {
      problems.add(new PluginProblem(source, className, refusal.get()));
      return;
    }
    PluginInstance instance = new PluginInstance(type);
    ProviderIdentity.of(instance, source, problems)
        .ifPresent(id -> accept(kind, id, instance, source, builtIn));
  }

  private void accept(
      PluginKind<?> kind, ProviderIdentity id, PluginInstance instance, String source, boolean builtIn) {
    String className = instance.type().getName();
    String name = id.name();
    if (!NnApi.isCompatible(id.version())) {
      PluginProblem problem =
          new PluginProblem(source, className, LoadFailures.incompatibleVersion(id.version()));
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
    providers.add(new ProviderInfo(kind, name, instance, source, builtIn));
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
    return new Registry(providers, new ArrayList<>(all), refused, pluginFoldersSearched,
        new PluginClasses(shared, jars));
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
