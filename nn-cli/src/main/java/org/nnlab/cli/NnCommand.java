package org.nnlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code nn} command. */
@Command(
    name = "nn",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Build, train and diagnose feed-forward neural networks from YAML.",
    subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class,
        CompareCommand.class, ExplainCommand.class, PluginsCommand.class, SchemaCommand.class},
    footer = {"", "Exit codes: 0 success, 1 training failed, 2 bad usage or input, 70 internal "
        + "error, 130 interrupted."})
final class NnCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Set<Path> plugins = new LinkedHashSet<>();

  // Inherited, so it may come before or after the subcommand; picocli resets the list it passes
  // when the subcommand's options are parsed, so the folders are collected here instead.
  @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Also load the plugin jars in DIR. Repeatable; the folders in the "
          + "NN_PLUGINS path list and ~/.nnlab/plugins are searched too.")
  void plugins(List<Path> folders) {
    if (folders != null) {
      plugins.addAll(folders);
    }
  }

  /** The plugin folders of this run: {@code --plugins}, {@code NN_PLUGINS}, then the home one. */
  List<Path> pluginFolders() {
    return PluginPath.folders(plugins, System.getenv(PluginPath.ENVIRONMENT),
        System.getProperty("user.home"));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
