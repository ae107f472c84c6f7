package org.nnlab.cli.docs;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.google.auto.service.AutoService;
import org.nnlab.api.ActivationProvider;
import org.nnlab.core.internal.kernel.Backend;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.TestPlugins;

/**
 * Where the documented commands run, and the one translation between the paths the docs show and
 * the real ones. Commands are written as if run from the repository's root; a path in a command
 * that starts with a documented prefix is replaced by the real one, and the real one is replaced
 * back in what nn prints:
 *
 * <ul>
 *   <li>{@code examples/plugin-swish/target}: a folder holding {@code plugin-swish-1.0.0.jar},
 *       compiled by the test from {@code examples/plugin-swish/src/main} as Maven would;
 *   <li>{@code examples/}, {@code docs/}: the repository's folders;
 *   <li>{@code /tmp/}: a fresh temporary folder, so that the docs can name files freely.
 * </ul>
 */
final class DocsWorkspace {
  /** What the docs show for the kernels of all cores and of one thread. */
  static final List<String> DOCUMENTED_KERNELS =
      List.of("simd (AVX-512, 2 threads)", "simd (AVX-512, 1 thread)");

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private final Map<String, String> real = new LinkedHashMap<>();

  private DocsWorkspace() {}

  static DocsWorkspace in(Path temporary) throws IOException {
    DocsWorkspace workspace = new DocsWorkspace();
    Path swish = Files.createDirectories(temporary.resolve("plugin-swish-target"));
    buildSwish(swish.resolve("plugin-swish-1.0.0.jar"));
    Path tmp = Files.createDirectories(temporary.resolve("tmp"));
    workspace.real.put("examples/plugin-swish/target", swish.toString());
    workspace.real.put("examples/", ROOT.resolve("examples") + "/");
    workspace.real.put("docs/", ROOT.resolve("docs") + "/");
    workspace.real.put("/tmp/", tmp + "/");
    return workspace;
  }

  private static void buildSwish(Path jar) throws IOException {
    String name = "org.nnlab.examples.swish.Swish";
    Path source = ROOT.resolve("examples/plugin-swish/src/main/java/"
        + name.replace('.', '/') + ".java");
    TestPlugins.jar(jar).source(name, Files.readString(source))
        .service(ActivationProvider.class, name)
        .classpath(location(AutoService.class))
        .write();
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The real path for a path as the docs write it. */
  String real(String documented) {
    for (Map.Entry<String, String> mapping : real.entrySet()) {
      if (documented.startsWith(mapping.getKey())) {
        return mapping.getValue() + documented.substring(mapping.getKey().length());
      }
    }
    return documented;
  }

  /** The arguments of a command line, with documented paths made real. */
  List<String> arguments(String commandLine) {
    List<String> words = ShellWords.split(commandLine);
    if (words.isEmpty() || !words.get(0).equals("./nn")) {
      throw new IllegalArgumentException("documented commands start with ./nn: " + commandLine);
    }
    List<String> arguments = new ArrayList<>();
    for (String word : words.subList(1, words.size())) {
      arguments.add(real(word));
    }
    return arguments;
  }

  /** What nn printed, with real paths shown as the docs write them and trailing spaces cut. */
  List<String> documented(String printed) {
    String text = printed;
    List<Map.Entry<String, String>> longestFirst = real.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length())
            .reversed())
        .toList();
    for (Map.Entry<String, String> mapping : longestFirst) {
      text = text.replace(mapping.getValue(), mapping.getKey());
    }
    // The kernels this machine runs, as the docs show those of the machine they were written on.
    for (int threads : new int[] {Runtime.getRuntime().availableProcessors(), 1}) {
      text = text.replace(Kernels.create(Backend.AUTO, threads).description(),
          DOCUMENTED_KERNELS.get(threads == 1 ? 1 : 0));
    }
    List<String> lines = text.lines().map(String::stripTrailing)
        .collect(Collectors.toCollection(ArrayList::new));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
