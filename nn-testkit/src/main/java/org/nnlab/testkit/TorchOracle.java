package org.nnlab.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with PyTorch as an independent oracle: the script reads a JSON case on
 * standard input and prints its JSON answer. Tests use it where Python with {@code torch} is
 * installed (Debian: {@code apt-get install python3-torch}) and skip otherwise, with a message.
 *
 * <pre>{@code
 * Optional<TorchOracle> torch = TorchOracle.find();
 * Assumptions.assumeTrue(torch.isPresent(), TorchOracle.MISSING);
 * String answer = torch.get().run(script, caseJson);
 * }</pre>
 */
public final class TorchOracle {
  /** Why a test that needs PyTorch was skipped. */
  public static final String MISSING = "skipped: no Python with torch (apt-get install "
      + "python3-torch) to compare against";

  private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");
  private static final long TIMEOUT_SECONDS = 120;

  private static Optional<TorchOracle> found;

  private final String python;

  private TorchOracle(String python) {
    this.python = python;
  }

  /**
   * Finds a Python that can import {@code torch}: Debian's first, then the one on the path. The
   * answer is remembered, since importing torch takes seconds.
   *
   * @return the oracle, or empty when there is none
   */
  public static synchronized Optional<TorchOracle> find() {
    if (found == null) {
      found = search();
    }
    return found;
  }

  private static Optional<TorchOracle> search() {
    for (String python : PYTHONS) {
      try {
        Process check = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true)
            .start();
        check.getInputStream().readAllBytes();
        if (check.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && check.exitValue() == 0) {
          return Optional.of(new TorchOracle(python));
        }
      } catch (IOException e) {
        // Not installed under this name: try the next.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Runs a script with a JSON case on its standard input.
   *
   * @param script the Python source
   * @param input the JSON case
   * @return what the script printed
   * @throws IllegalStateException when the script fails, naming its error output
   */
  public String run(String script, String input) {
    try {
      Path file = Files.createTempFile("nnlab-oracle", ".py");
      try {
        Files.writeString(file, script);
        Process process = new ProcessBuilder(python, file.toString()).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = read(process.getInputStream());
        String err = read(process.getErrorStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new IllegalStateException("the PyTorch oracle failed: " + err);
        }
        return out;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new IllegalStateException("the PyTorch oracle could not run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the PyTorch oracle ran", e);
    }
  }

  private static String read(InputStream stream) throws IOException {
    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
  }
}
