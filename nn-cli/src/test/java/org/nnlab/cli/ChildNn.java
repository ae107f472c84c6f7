package org.nnlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code nn} in a JVM of its own, as the launcher does, for what cannot run in the test's
 * JVM: a plugin calling {@code System.exit} would end it, and a relative folder name needs its
 * own working directory.
 */
final class ChildNn {
  private static final long TIMEOUT_SECONDS = 120;

  private ChildNn() {}

  /**
   * Runs {@code nn ARGS} in {@code directory} and waits for it.
   *
   * @return the exit code and what it printed
   */
  static Cli.Result run(Path directory, String... args) {
    return start(directory, args).waitForExit();
  }

  /** Starts {@code nn ARGS} in {@code directory} without waiting for it. */
  static Running start(Path directory, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true"));
    // The Vector API when this JVM has it, as the launcher adds it: the same kernels, so the
    // child computes exactly what the test computes in-process.
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("nn-out", ".txt");
      Path err = Files.createTempFile("nn-err", ".txt");
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      return new Running(process, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An nn process that runs, with the files its output goes to.
   *
   * @param process the process
   * @param out its standard output
   * @param err its standard error
   */
  record Running(Process process, Path out, Path err) {

    /** Sends a signal, as {@code kill -SIGNAL} does. */
    void signal(String signal) {
      try {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }

    /** Waits for the process to end, and returns what it printed. */
    Cli.Result waitForExit() {
      try {
        return result();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }

    private Cli.Result result() throws IOException, InterruptedException {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("nn did not finish within " + TIMEOUT_SECONDS + " s");
      }
      // The launcher drops the JVM's incubator warning from stderr; so does this.
      Cli.Result result = new Cli.Result(process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
              StandardCharsets.UTF_8).replaceFirst(
                  "(?m)^WARNING: Using incubator modules: jdk\\.incubator\\.vector\\R", ""));
      Files.delete(out);
      Files.delete(err);
      return result;
    }
  }
}
