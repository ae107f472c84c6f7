package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code float} kernels are the {@code double} ones with the type replaced: their code (all
 * but comments) must stay exactly that, so that a change to one reaches the other.
 */
class FloatTwinsTest {
  private static final Path SOURCES = Path.of("src/main/java/org/nnlab/core/internal/kernel");

  @ParameterizedTest
  @CsvSource({"SimdGemm64, SimdGemm32", "JavaLoops64, JavaLoops32"})
  void floatKernelIsTheDoubleKernelWithTheTypeReplaced(String doubles, String floats)
      throws IOException {
    String expected = code(doubles)
        .replace("double", "float")
        .replace("Double", "Float")
        .replace(doubles, floats)
        .replace("JavaLoops64", "JavaLoops32")
        // Three AVX-512 vectors of each type.
        .replace("DIRECT_COLUMNS = 24;", "DIRECT_COLUMNS = 48;");
    assertEquals(expected, code(floats), floats + " should be " + doubles
        + " with double and Double replaced by float and Float (sed 's/double/float/g; "
        + "s/Double/Float/g'), the class names and DIRECT_COLUMNS aside");
  }

  // The lines of a source that are not comments.
  private static String code(String className) throws IOException {
    List<String> lines = Files.readAllLines(SOURCES.resolve(className + ".java"));
    return lines.stream()
        .filter(line -> {
          String trimmed = line.trim();
          return !(trimmed.startsWith("//") || trimmed.startsWith("/**")
              || trimmed.startsWith("*") || trimmed.startsWith("*/"));
        })
        .collect(Collectors.joining("\n"));
  }
}
