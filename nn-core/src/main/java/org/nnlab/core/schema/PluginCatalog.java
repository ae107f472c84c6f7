package org.nnlab.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.registry.PluginOption;
import org.nnlab.core.registry.ProbedOptions;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;

/**
 * The plugins a schema offers, by kind and name, with their descriptions and options. Each
 * provider is created and asked within the registry's time limits; one that cannot be created
 * or asked, or whose name two providers offer, is left out with a warning.
 */
public final class PluginCatalog {
  /**
   * One plugin.
   *
   * @param name its registered name
   * @param description what it computes, in one line; may be empty
   * @param options the options its {@code create} reads
   */
  public record Entry(String name, String description, List<PluginOption> options) {
    /** Creates the record, copying the list. */
    public Entry {
      options = List.copyOf(options);
    }
  }

  private final Map<PluginKind<?>, List<Entry>> entries;

  private PluginCatalog(Map<PluginKind<?>, List<Entry>> entries) {
    this.entries = entries;
  }

  /**
   * Asks every provider of the registry.
   *
   * @param registry the plugins found
   * @param warnings told, in one line each, about every plugin left out and why
   * @return the catalog
   */
  public static PluginCatalog of(Registry registry, Consumer<String> warnings) {
    Map<PluginKind<?>, List<Entry>> entries = new LinkedHashMap<>();
    for (PluginKind<?> kind : PluginKind.all()) {
      Map<String, List<ProviderInfo>> byName = new TreeMap<>();
      registry.providers().stream().filter(p -> p.kind() == kind)
          .forEach(p -> byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p));
      List<Entry> found = new ArrayList<>();
      byName.forEach((name, providers) -> entry(kind, name, providers, warnings)
          .ifPresent(found::add));
      entries.put(kind, List.copyOf(found));
    }
    return new PluginCatalog(entries);
  }

  private static Optional<Entry> entry(PluginKind<?> kind, String name,
      List<ProviderInfo> providers, Consumer<String> warnings) {
    if (providers.size() > 1) {
      warnings.accept(kind.noun() + " '" + name + "' is left out of the schema: more than one "
          + "plugin provides it");
      return Optional.empty();
    }
    ProviderInfo info = providers.get(0);
    ProbedOptions probed = info.options();
    if (probed.failure().isPresent()) {
      warnings.accept(info.describe() + " is left out of the schema: " + probed.failure().get());
      return Optional.empty();
    }
    return Optional.of(new Entry(name, info.description(), probed.options()));
  }

  /** The plugins of a kind, sorted by name. */
  public List<Entry> plugins(PluginKind<?> kind) {
    return entries.getOrDefault(kind, List.of());
  }
}
