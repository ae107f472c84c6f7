package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.RegistryLoader;
import picocli.CommandLine;

class ErrorHandlerTest {
  private final StringWriter err = new StringWriter();

  private int handle(Exception e) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setErr(new PrintWriter(err));
    return new ErrorHandler().handleExecutionException(e, commandLine, null);
  }

  @Test
  void aYamlKeyHoldingAnEscapeSequenceIsPrintedEscaped(@TempDir Path dir) {
    Path config = Cli.write(dir, "esc.yaml", Cli.VALID + "\"\\e[2J\\e[Hgotcha\": 1\n");
    Cli.Result result = Cli.train(config);
    Cli.assertRefused(result, "unknown key '\\u001b[2J\\u001b[Hgotcha'");
  }

  @Test
  void aPluginFailureOutsideATrainingLoopIsOneLineNamingThePluginWithExitCode1() {
    ProviderInfo relu = RegistryLoader.loadBuiltIns().providers().stream()
        .filter(p -> p.name().equals("relu")).findFirst().orElseThrow();
    int code = handle(PluginCallException.threw(relu, "applyAll()", 2,
        new AssertionError("bad")));
    assertEquals(ExitCodes.TRAINING_FAILED, code);
    assertEquals("error: layer 2: " + relu.describe() + " applyAll() threw "
        + "java.lang.AssertionError: bad\n", err.toString());
  }

  @Test
  void anInternalErrorMessageIsPrintedWithItsControlCharactersEscaped() {
    handle(new IllegalStateException("\u001b[31mred\nline"));
    assertEquals("internal error: java.lang.IllegalStateException: \\u001b[31mred\\nline (set "
        + "NN_DEBUG=1 for the stack trace; please report it)\n", err.toString());
  }
}
