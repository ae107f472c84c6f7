package org.nnlab.cli;

import picocli.CommandLine;

/** Entry point of the {@code nn} command. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Builds the command line with nnlab's error handling. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NnCommand());
    ErrorHandler errors = new ErrorHandler();
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    return commandLine;
  }
}
