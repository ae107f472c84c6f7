package org.nnlab.cli;

import java.io.PrintWriter;
import org.nnlab.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit code: bad input gets its
 * located message and code 2; anything else is a bug, reported with its type and a hint, and the
 * stack trace only when {@code NN_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult result) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof ConfigException config) {
      err.println("error: " + config.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.println("internal error: " + e + " (set NN_DEBUG=1 for the stack trace; please report "
        + "it)");
    if (System.getenv("NN_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("error: " + e.getMessage());
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
