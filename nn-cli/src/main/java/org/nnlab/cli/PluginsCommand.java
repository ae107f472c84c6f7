package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.registry.PluginProblem;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nn plugins}: every discovered plugin with the class and jar that provided it. Each
 * provider is created and asked for its description here, each within a time limit, so a
 * plugin that fails or hangs doing so is listed under problems.
 */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    description = "List every activation, optimizer, loss and layer type nnlab found, with the "
        + "class and jar that provide it, and any plugin that failed to load.")
final class PluginsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> folders = nn.pluginFolders();
    Registry registry = Session.withPlugins(folders).registry();
    out.println("plugin folders: " + (folders.isEmpty()
        ? "none (add one with --plugins DIR, NN_PLUGINS or ~/.nnlab/plugins)"
        : ControlCharacters.escape(String.join(", ",
            folders.stream().map(Path::toString).toList()))));
    List<PluginProblem> problems = new ArrayList<>(registry.problems());
    String kind = null;
    for (ProviderInfo info : registry.providers()) {
      if (!info.kind().noun().equals(kind)) {
        kind = info.kind().noun();
        out.println("\n" + heading(kind) + ":");
      }
      Optional<PluginProblem> failure = info.createForListing();
      failure.ifPresent(problems::add);
      String description = failure.isPresent() ? "(cannot be created; see problems)"
          : info.description();
      out.println(String.format(Locale.ROOT, "  %-15s %s", info.name(), description));
      out.println(String.format(Locale.ROOT, "  %-15s %s (%s)", "",
          ControlCharacters.escape(info.className()), ControlCharacters.escape(info.where())));
      out.flush();
    }
    if (!problems.isEmpty()) {
      out.println("\nproblems:");
      for (PluginProblem problem : problems) {
        out.println("  " + problem);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String heading(String noun) {
    return noun.endsWith("s") ? noun + "es" : noun + "s";
  }
}
