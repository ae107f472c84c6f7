package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plugin guide lists every check the kit makes and every hook, so that neither drifts. */
class ContractDocsTest {
  private static final Path GUIDE = Path.of("..", "docs", "plugins.md");
  private static final List<Class<?>> CONTRACTS = List.of(PluginContract.class,
      ActivationContract.class, LossContract.class, OptimizerContract.class, LayerContract.class);
  private static final Pattern HOOK =
      Pattern.compile("^  (protected (?:abstract )?\\w[^(;=]* \\w+\\([^)]*\\))", Pattern.MULTILINE);

  @Test
  void theGuideNamesEveryCheckOfEveryContract() throws IOException {
    String guide = Files.readString(GUIDE);
    List<String> missing = new ArrayList<>();
    int checks = 0;
    for (Class<?> contract : CONTRACTS) {
      for (Method method : contract.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          checks++;
          if (!guide.contains("| `" + method.getName() + "` |")) {
            missing.add(contract.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertEquals(List.of(), missing, "checks missing from docs/plugins.md");
    assertTrue(checks >= 30, checks + " checks found");
  }

  @Test
  void theGuideGivesEveryHookWithItsSignature() throws IOException {
    String guide = Files.readString(GUIDE);
    List<String> missing = new ArrayList<>();
    int hooks = 0;
    for (Class<?> contract : CONTRACTS) {
      Path source = Path.of("src/main/java", contract.getName().replace('.', '/') + ".java");
      Matcher matcher = HOOK.matcher(Files.readString(source));
      while (matcher.find()) {
        hooks++;
        if (!guide.contains("`" + matcher.group(1) + "`")) {
          missing.add(contract.getSimpleName() + ": " + matcher.group(1));
        }
      }
    }
    assertEquals(List.of(), missing, "hooks missing from docs/plugins.md");
    assertTrue(hooks >= 10, hooks + " hooks found");
  }
}
