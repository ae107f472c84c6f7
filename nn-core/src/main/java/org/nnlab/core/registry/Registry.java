package org.nnlab.core.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  Registry(
      List<ProviderInfo> providers, List<PluginProblem> problems,
      Map<String, PluginProblem> refused, boolean pluginFoldersSearched) {
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
   * @throws ConfigException when the name is unknown (listing the known names and the closest
   *     one), belongs to a plugin that was refused (saying why), or is offered by more than one
   *     provider (naming each class and its jar)
   */
  public <P extends Provider> P resolve(
      PluginKind<P> kind, String name, Location location, String path) {
    List<ProviderInfo> found = byKind.get(kind).getOrDefault(name, List.of());
    if (found.isEmpty()) {
      PluginProblem problem = refused.get(key(kind, name));
      if (problem != null) {
        throw new ConfigException(location, path,
            kind.noun() + " '" + name + "' could not be loaded: " + problem);
      }
      // A name unlike any known one is often a plugin whose folder was not given.
      boolean hint = !pluginFoldersSearched && Names.closest(name, names(kind)).isEmpty();
      throw new ConfigException(location, path, Names.unknown(kind.noun(), name, names(kind))
          + (hint ? "; no plugin folder was given (--plugins DIR)" : ""));
    }
    if (found.size() > 1) {
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
      throw new ConfigException(location, path, message.toString());
    }
    return kind.type().cast(found.get(0).provider());
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
