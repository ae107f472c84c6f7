package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers are written the same whatever the user's locale: {@code 0.012}, never {@code 0,012}. */
class DefaultLocaleTest {
  private static final Path ROOT = Path.of("..");

  /**
   * Formatting calls that use the default locale: String.format, printf and format without
   * Locale.ROOT first, String.formatted (which cannot take one), and number formats built without
   * symbols of a given locale.
   */
  private static final Pattern DEFAULT_LOCALE = Pattern.compile(
      "(?:String\\.format|\\.printf)\\(\\s*+(?!Locale\\.ROOT)|\\.formatted\\("
          + "|new DecimalFormat\\(\"[^\"]*\"\\)|NumberFormat\\.get\\w*Instance\\(\\)");

  @TempDir Path folder;

  private static <T> T inGermany(Supplier<T> task) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      return task.get();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void trainingInGermanyPrintsAndReportsNumbersWithADecimalPoint() throws IOException {
    Path report = folder.resolve("report.json");
    Cli.Result result = inGermany(() -> Cli.train(ROOT.resolve("examples/mazur.yaml"),
        "--report", report.toString()));
    assertEquals(0, result.code(), result.err());
    String sentence = "layer 1 gets 0.012 x the gradient of layer 2: healthy gradient flow";
    assertTrue(result.out().contains("epoch 1: " + sentence), result.out());
    assertTrue(Files.readString(report).contains("\"sentence\" : \"" + sentence + "\""));
  }

  @Test
  void noMainSourceFormatsWithTheDefaultLocale() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT)) {
      sources = files.filter(DefaultLocaleTest::isMainSource).sorted().toList();
    }
    assertTrue(sources.contains(ROOT.resolve(
        "nn-core/src/main/java/org/nnlab/core/stats/GradientVerdict.java")), "sources found");
    for (Path file : sources) {
      String text = Files.readString(file);
      Matcher matcher = DEFAULT_LOCALE.matcher(text);
      while (matcher.find()) {
        int line = text.substring(0, matcher.start()).split("\n", -1).length;
        found.add(ROOT.relativize(file) + ":" + line + ": " + matcher.group());
      }
    }
    assertEquals(List.of(), found, "use Locale.ROOT wherever a number is written");
  }

  private static boolean isMainSource(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.endsWith(".java") && path.contains("/src/main/java/")
        && !path.contains("/target/");
  }
}
