package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.schema.ConfigSchema;
import org.nnlab.core.schema.PluginCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nn schema}: the JSON Schema of model configurations, with the plugins found, for
 * editors. Each plugin is created and asked for its options within a time limit; one that fails
 * is left out with a warning on standard error.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Print a JSON Schema of model configurations, for editors.",
    description = {"Print the JSON Schema (draft 2020-12) of model configurations, with the "
        + "plugins found, for editors that complete and check YAML:",
        "  ./nn schema > nnlab.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the schema to FILE, atomically, instead of to standard output.")
  Path out;

  @Override
  public Integer call() {
    if (out != null) {
      OutputFiles.checkFile(out, "--out");
    }
    Session session = Session.withPlugins(nn.pluginFolders());
    PrintWriter err = spec.commandLine().getErr();
    session.warnAboutPlugins(err);
    PluginCatalog plugins = PluginCatalog.of(session.registry(),
        warning -> err.println("warning: " + ControlCharacters.escape(warning)));
    err.flush();
    String schema = ConfigSchema.text(ConfigSchema.of(plugins));
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(schema);
      stdout.flush();
    } else {
      OutputFiles.write(out, schema, "--out");
    }
    return ExitCodes.OK;
  }
}
