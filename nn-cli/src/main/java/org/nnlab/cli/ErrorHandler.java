package org.nnlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.registry.PluginCallException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error and an exit code: bad input and bad usage
 * get their message and code 2; a plugin that failed outside a training loop gets its message
 * naming the plugin and code 1; anything else is a bug, reported with its type and a hint, and
 * the stack trace only when {@code NN_DEBUG} is set. Control characters are escaped in every
 * line, whatever the user or a plugin wrote.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult result) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof ConfigException config) {
      err.println("error: " + oneLine(config.getMessage()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof PluginCallException plugin) {
      err.println("error: " + oneLine(plugin.getMessage()));
      err.flush();
      return ExitCodes.TRAINING_FAILED;
    }
    err.println("internal error: " + oneLine(String.valueOf(e)) + " (set NN_DEBUG=1 for the "
        + "stack trace; please report it)");
    if (System.getenv("NN_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  /** Usage errors: picocli's message in nnlab's words, a suggestion, and where help is. */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    StringBuilder line = new StringBuilder("error: ").append(lowerFirst(oneLine(e.getMessage())));
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean '").append(String.join("' or '", suggestions)).append("'?");
      }
    }
    line.append(" (see '").append(commandLine.getCommandSpec().qualifiedName())
        .append(" --help')");
    err.println(line);
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  // A message is one line whatever the user wrote: a line break in a value must not split it,
  // and an ESC sequence must not reach the terminal.
  private static String oneLine(String message) {
    return ControlCharacters.escape(message.strip());
  }

  private static String lowerFirst(String message) {
    return message.isEmpty() ? message
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
