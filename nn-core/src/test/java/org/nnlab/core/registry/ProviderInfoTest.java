package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;

class ProviderInfoTest {
  @TempDir Path plugins;

  private ProviderInfo plugin(String from, String to) throws IOException {
    TestPlugins.jar(plugins.resolve("odd.jar"))
        .source("com.acme.Odd", TestPlugins.changedActivation("com.acme.Odd", "odd", from, to))
        .service(ActivationProvider.class, "com.acme.Odd").write();
    Registry registry = RegistryLoader.load(List.of(plugins));
    return registry.providers().stream().filter(p -> p.name().equals("odd")).findFirst()
        .orElseThrow(() -> new AssertionError(registry.problems()));
  }

  @Test
  void describeNamesKindNameClassAndJar() throws IOException {
    assertEquals("activation 'odd' (com.acme.Odd, " + plugins.resolve("odd.jar") + ")",
        plugin("tanh", "tanh").describe());
  }

  @Test
  void aDescriptionThatThrowsAnErrorIsShownInItsPlace() throws IOException {
    ProviderInfo info = plugin("return \"tanh(x), as a plugin\";",
        "throw new StackOverflowError();");
    assertEquals("(description() threw java.lang.StackOverflowError)", info.description());
  }

  @Test
  void aDescriptionThatNeverReturnsIsGivenUpOn() throws IOException {
    ProviderInfo info = plugin("return \"tanh(x), as a plugin\";", "while (true) { }");
    assertEquals("(description() did not answer within 2 s; nn gave up on it)",
        info.description());
  }

  @Test
  void aDescriptionIsOneLineWithItsControlCharactersEscaped() throws IOException {
    ProviderInfo info = plugin("return \"tanh(x), as a plugin\";",
        "return \"red\\n\\033[31mtext\";");
    assertEquals("red \\u001b[31mtext", info.description());
  }

  @Test
  void aConstructorThatThrowsAnErrorIsAProblemWhenCreatedForAListing() throws IOException {
    ProviderInfo info = plugin("public Odd() {", "public Odd() { if (true) throw new "
        + "AssertionError(\"not today\");");
    Optional<PluginProblem> problem = info.createForListing();
    assertEquals(plugins.resolve("odd.jar") + ": com.acme.Odd: its constructor threw "
        + "java.lang.AssertionError: not today", problem.orElseThrow().toString());
    assertEquals("", info.description());
  }

  @Test
  void aConstructorThatNeverReturnsIsGivenUpOnWhenCreatedForAListing() throws IOException {
    ProviderInfo info = plugin("public Odd() {", "public Odd() { while (true) { }");
    assertTrue(info.createForListing().orElseThrow().reason()
        .equals("its constructor did not answer within 2 s; nn gave up on it"));
  }

  @Test
  void aProviderIsCreatedOnce() throws IOException {
    ProviderInfo info = plugin("tanh", "tanh");
    assertEquals(Optional.empty(), info.createForListing());
    assertTrue(info.provider() == info.provider());
  }
}
