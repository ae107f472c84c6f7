package org.nnlab.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Entry point of the {@code nn} command. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code; a plugin may not exit in its place. */
  public static void main(String[] args) {
    PluginExitWatch.install(System.err);
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code, without exiting. Exceptions are handled by
   * {@link ErrorHandler}; errors of the JVM itself (out of memory) end here, as one line too.
   */
  public static int run(String... args) {
    try {
      return commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.printf(Locale.ROOT, "error: out of memory (this JVM may use %.1f GB); lower "
          + "training.batch_size or the layer widths, or give Java more memory with "
          + "NN_JAVA_OPTS=-Xmx8g%n", Runtime.getRuntime().maxMemory() / 1e9);
      return ExitCodes.TRAINING_FAILED;
    } catch (StackOverflowError | LinkageError e) {
      System.err.println("internal error: " + e + " (please report it)");
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  /** Builds the command line with nnlab's error handling. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NnCommand());
    // A plugin folder may be named like a command: --plugins plugins train model.yaml.
    commandLine.setAllowSubcommandsAsOptionParameters(true);
    ErrorHandler errors = new ErrorHandler();
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    return commandLine;
  }
}
