package org.nnlab.core.registry;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.nnlab.api.NnApi;
import org.nnlab.api.Provider;

/**
 * Builds a {@link Registry} from the providers that {@link ServiceLoader} finds through a class
 * loader. A provider that fails to load, has an invalid name, or was built for an incompatible
 * API version is recorded as a {@link PluginProblem}; the others still load.
 */
public final class RegistryLoader {
  private static final String NAME_PATTERN = "[a-z][a-z0-9_]*";

  private final List<ProviderInfo> providers = new ArrayList<>();
  private final List<PluginProblem> problems = new ArrayList<>();

  /** Loads the providers visible to the class loader that loaded nnlab itself. */
  public static Registry loadBuiltIns() {
    return new RegistryLoader().scan(RegistryLoader.class.getClassLoader()).build();
  }

  /**
   * Adds every provider of every kind that {@link ServiceLoader} finds through {@code loader}.
   *
   * @param loader the class loader to search
   * @return this loader
   */
  public RegistryLoader scan(ClassLoader loader) {
    for (PluginKind<?> kind : PluginKind.all()) {
      scan(kind, loader);
    }
    return this;
  }

  private void scan(PluginKind<?> kind, ClassLoader loader) {
    Iterator<? extends Provider> it = ServiceLoader.load(kind.type(), loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          return;
        }
        add(kind, it.next());
      } catch (ServiceConfigurationError e) {
        problems.add(new PluginProblem("", "", oneLine(e)));
      }
    }
  }

  private void add(PluginKind<?> kind, Provider provider) {
    String source = sourceOf(provider.getClass());
    String className = provider.getClass().getName();
    String name;
    String version;
    try {
      name = provider.name();
      version = provider.apiVersion();
    } catch (RuntimeException | LinkageError e) {
      problems.add(new PluginProblem(source, className, "failed to report its name: " + e));
      return;
    }
    if (name == null || !name.matches(NAME_PATTERN)) {
      problems.add(new PluginProblem(source, className,
          "invalid name " + (name == null ? "null" : "'" + name + "'") + ", expected "
              + NAME_PATTERN));
      return;
    }
    if (!NnApi.isCompatible(version)) {
      problems.add(new PluginProblem(source, className,
          "built for nn-api " + version + ", but this is nn-api " + NnApi.VERSION
              + "; it needs nn-api " + version + " (rebuild the plugin against nn-api "
              + NnApi.major() + ".x)"));
      return;
    }
    providers.add(new ProviderInfo(kind, name, provider, source));
  }

  /** Builds the registry, recording every name offered more than once as a problem too. */
  public Registry build() {
    Map<String, List<ProviderInfo>> seen = new HashMap<>();
    for (ProviderInfo info : providers) {
      seen.computeIfAbsent(info.kind().noun() + " " + info.name(), k -> new ArrayList<>())
          .add(info);
    }
    List<PluginProblem> all = new ArrayList<>(problems);
    seen.forEach((key, infos) -> {
      if (infos.size() > 1) {
        ProviderInfo second = infos.get(1);
        all.add(new PluginProblem(second.source(), second.className(),
            key + " is also provided by " + infos.get(0).className() + " ("
                + infos.get(0).source() + "); a configuration that uses it will be refused"));
      }
    });
    return new Registry(providers, all);
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

  private static String oneLine(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(": ").append(cause);
    }
    return text.toString().replaceAll("\\s+", " ");
  }
}
