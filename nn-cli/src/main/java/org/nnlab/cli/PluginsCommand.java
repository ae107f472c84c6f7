package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnlab.core.registry.PluginProblem;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn plugins}: every discovered plugin with the class and jar that provided it. */
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
        : String.join(", ", folders.stream().map(Path::toString).toList())));
    String kind = null;
    for (ProviderInfo info : registry.providers()) {
      if (!info.kind().noun().equals(kind)) {
        kind = info.kind().noun();
        out.println("\n" + heading(kind) + ":");
      }
      out.println(String.format(Locale.ROOT, "  %-15s %s", info.name(), info.description()));
      out.println(String.format(Locale.ROOT, "  %-15s %s (%s)", "", info.className(),
          info.where()));
    }
    if (!registry.problems().isEmpty()) {
      out.println("\nproblems:");
      for (PluginProblem problem : registry.problems()) {
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
