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
    return run(directory, List.of(), args);
  }

  /**
   * Runs {@code nn ARGS} in {@code directory} in a JVM started with {@code jvmOptions} (such as
   * {@code -Xmx32m}) and waits for it.
   *
   * @return the exit code and what it printed
   */
  static Cli.Result run(Path directory, List<String> jvmOptions, String... args) {
    try {
      Path out = Files.createTempFile("nn-out", ".txt");
      Path err = Files.createTempFile("nn-err", ".txt");
      Process process = builder(directory, jvmOptions, args).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("nn did not finish within " + TIMEOUT_SECONDS + " s");
      }
      Cli.Result result = new Cli.Result(process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
              StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * The process that runs {@code nn ARGS} in {@code directory} with {@code jvmOptions}, not yet
   * started, for a test that acts while it runs.
   */
  static ProcessBuilder builder(Path directory, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(directory.toFile());
  }
}
