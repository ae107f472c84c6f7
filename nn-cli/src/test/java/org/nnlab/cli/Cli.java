package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;
import picocli.CommandLine;

/** Runs {@code nn} in-process with captured output, and checks how it refuses bad input. */
final class Cli {
  /** A valid configuration, for tests that break one thing. */
  static final String VALID = """
      version: 1
      model:
        inputs: 2
        hidden: [4]
        outputs: 1
      loss: mse
      data:
        inline:
          inputs: [[0, 0], [1, 1]]
          targets: [[0], [1]]
      """;

  private static final Pattern JAVA_TEXT =
      Pattern.compile("Exception|Error|java\\.|org\\.yaml|com\\.fasterxml|picocli\\.");

  private Cli() {}

  /**
   * What one run printed and returned.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int code, String out, String err) {}

  /** Runs {@code nn ARGS}. */
  static Result run(String... args) {
    CommandLine commandLine = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs {@code nn train CONFIG ARGS}. */
  static Result train(Path config, String... args) {
    List<String> all = new ArrayList<>(List.of("train", config.toString()));
    all.addAll(Arrays.asList(args));
    return run(all.toArray(String[]::new));
  }

  /** Writes a UTF-8 file into {@code dir} and returns its path. */
  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts the product requirement for bad input: exit code 2, nothing on standard output, and
   * exactly one line on standard error that starts with {@code error: }, shows no Java exception,
   * and contains every fragment (file, key path, line:column, the expectation).
   *
   * @return the error line
   */
  static String assertRefused(Result result, String... fragments) {
    String err = result.err();
    String line = err.endsWith("\n") ? err.substring(0, err.length() - 1) : err;
    Supplier<String> shown = () -> "stderr was: " + err;
    List<Executable> checks = new ArrayList<>(List.of(
        () -> assertEquals(ExitCodes.BAD_INPUT, result.code(), shown),
        () -> assertEquals("", result.out(), "nothing on standard output"),
        () -> assertTrue(err.endsWith("\n") && !line.contains("\n") && !line.contains("\r"),
            () -> "exactly one line; " + shown.get()),
        () -> assertTrue(line.startsWith("error: "), shown),
        () -> assertFalse(JAVA_TEXT.matcher(line).find(),
            () -> "no Java exception or class name; " + shown.get())));
    for (String fragment : fragments) {
      checks.add(() -> assertTrue(line.contains(fragment),
          () -> "expected '" + fragment + "'; " + shown.get()));
    }
    assertAll(checks);
    return line;
  }
}
