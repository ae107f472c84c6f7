package org.nnlab.cli;

import picocli.CommandLine.Command;

/** The top-level {@code nn} command. */
@Command(
    name = "nn",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Build, train and diagnose feed-forward neural networks from YAML.",
    subcommands = {TrainCommand.class, CompareCommand.class, PluginsCommand.class},
    footer = {"", "Exit codes: 0 success, 1 training failed, 2 bad usage or input."})
final class NnCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
