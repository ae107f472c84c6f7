package org.nnlab.core.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nnlab.api.Provider;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.Names;

/**
 * The plugins known to one run, by kind and name.
 *
 * <p>Built by {@link RegistryLoader}; immutable afterwards. A name offered by two providers is
 * kept with both, and resolving it is an error that names both: neither silently wins.
 */
public final class Registry {
  private final Map<PluginKind<?>, Map<String, List<ProviderInfo>>> byKind;
  private final List<PluginProblem> problems;
  private final Map<String, PluginProblem> refused;
  private final boolean pluginFoldersSearched;
  private final PluginClasses pluginClasses;

  Registry(
      List<ProviderInfo> providers, List<PluginProblem> problems,
      Map<String, PluginProblem> refused, boolean pluginFoldersSearched,
      PluginClasses pluginClasses) {
    Map<PluginKind<?>, Map<String, List<ProviderInfo>>> map = new LinkedHashMap<>();
    for (PluginKind<?> kind : PluginKind.all()) {
      map.put(kind, new LinkedHashMap<>());
    }
    for (ProviderInfo info : providers) {
      map.get(info.kind()).computeIfAbsent(info.name(), n -> new ArrayList<>()).add(info);
    }
    this.byKind = map;
    this.problems = List.copyOf(problems);
    this.refused = Map.copyOf(refused);
    this.pluginFoldersSearched = pluginFoldersSearched;
    this.pluginClasses = pluginClasses;
  }

  /** The key under which a refused provider's name is remembered. */
  static String key(PluginKind<?> kind, String name) {
    return kind.noun() + " " + name;
  }

  /**
   * Finds the provider of a name, or explains why there is none.
   *
   * @param kind the kind of plugin
   * @param name the name as written in the configuration
   * @param location where the name was written
   * @param path the key path of the name
   * @return the provider
   * @throws ConfigException as {@link #lookup} does
   */
  public <P extends Provider> P resolve(
      PluginKind<P> kind, String name, Location location, String path) {
    return kind.type().cast(lookup(kind, name, location, path).provider());
  }

  /**
   * Finds the provider of a name and creates it, on the calling thread, if that was not done
   * yet; or explains why it cannot be used.
   *
   * @param kind the kind of plugin
   * @param name the name as written in the configuration
   * @param location where the name was written
   * @param path the key path of the name
   * @return the provider's record, its provider created
   * @throws ConfigException when the name is unknown (listing the known names and the closest
   *     one), belongs to a plugin that was refused or cannot be created (saying why), or is
   *     offered by more than one provider (naming each class and its jar)
   */
  public ProviderInfo lookup(PluginKind<?> kind, String name, Location location, String path) {
    List<ProviderInfo> found = byKind.get(kind).getOrDefault(name, List.of());
    if (found.isEmpty()) {
      PluginProblem problem = refused.get(key(kind, name));
      if (problem != null) {
        throw notLoaded(kind, name, location, path, problem);
      }
      // A name unlike any known one is often a plugin whose folder was not given.
      boolean hint = !pluginFoldersSearched && Names.closest(name, names(kind)).isEmpty();
      throw new ConfigException(location, path, Names.unknown(kind.noun(), name, names(kind))
          + (hint ? "; no plugin folder was given (--plugins DIR)" : ""));
    }
    if (found.size() > 1) {
      throw offeredTwice(kind, name, location, path, found);
    }
    ProviderInfo info = found.get(0);
    Optional<PluginProblem> problem = info.create();
    if (problem.isPresent()) {
      throw notLoaded(kind, name, location, path, problem.get());
    }
    return info;
  }

  private static ConfigException notLoaded(
      PluginKind<?> kind, String name, Location location, String path, PluginProblem problem) {
    return new ConfigException(location, path,
        kind.noun() + " '" + name + "' could not be loaded: " + problem);
  }

  private static ConfigException offeredTwice(
      PluginKind<?> kind, String name, Location location, String path,
      List<ProviderInfo> found) {
    StringBuilder message = new StringBuilder(kind.noun() + " '" + name
        + "' is provided by more than one plugin: ");
    for (int i = 0; i < found.size(); i++) {
      ProviderInfo info = found.get(i);
      message.append(i == 0 ? "" : " and ").append(info.className()).append(" (")
          .append(info.where()).append(")");
    }
    boolean builtIn = found.stream().anyMatch(ProviderInfo::builtIn);
    message.append(builtIn ? "; a plugin cannot replace a built-in: rename the plugin or "
        + "remove its jar" : "; remove one of the jars from the plugin folders");
    return new ConfigException(location, path, message.toString());
  }

  /**
   * The plugin jar the code of a stack frame comes from, when a plugin folder's class loader
   * loaded it: to name the plugin whose code appears in a stack trace.
   *
   * @param frame a frame of a stack trace
   * @return the jar as its plugin folder names it, or empty for a frame of any other code
   */
  public Optional<String> pluginJarOf(StackTraceElement frame) {
    return RegistryLoader.PLUGIN_LOADER.equals(frame.getClassLoaderName())
        ? pluginClasses.jarOf(frame.getClassName()) : Optional.empty();
  }

  /** The names known for a kind, sorted. */
  public Set<String> names(PluginKind<?> kind) {
    return Collections.unmodifiableSet(new TreeSet<>(byKind.get(kind).keySet()));
  }

  /** Every provider, sorted by kind, then name, then class. */
  public List<ProviderInfo> providers() {
    List<ProviderInfo> all = new ArrayList<>();
    for (PluginKind<?> kind : PluginKind.all()) {
      byKind.get(kind).values().forEach(all::addAll);
    }
    all.sort(
        Comparator.comparing((ProviderInfo p) -> PluginKind.all().indexOf(p.kind()))
            .thenComparing(ProviderInfo::name)
            .thenComparing(ProviderInfo::className));
    return all;
  }

  /** The providers that could not be loaded, and the names offered twice. */
  public List<PluginProblem> problems() {
    return problems;
  }
}
