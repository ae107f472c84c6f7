package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code float} kernels are the {@code double} ones with the type replaced: their code (all
 * but comments) must stay exactly that, so that a change to one reaches the other.
 */
class FloatTwinsTest {
  private static final Path SOURCES = Path.of("src/main/java/org/nnlab/core/internal/kernel");

  @ParameterizedTest
  @CsvSource({"SimdGemm64, SimdGemm32", "JavaLoops64, JavaLoops32",
      "BlockTranspose64, BlockTranspose32"})
  void floatKernelIsTheDoubleKernelWithTheTypeReplaced(String doubles, String floats)
      throws IOException {
    String expected = code(doubles)
        .replace("double", "float")
        .replace("Double", "Float")
        .replace(doubles, floats)
        .replace("JavaLoops64", "JavaLoops32")
        .replace("BlockTranspose64", "BlockTranspose32")
        // Three AVX-512 vectors of each type.
        .replace("DIRECT_COLUMNS = 24;", "DIRECT_COLUMNS = 48;");
    assertEquals(expected, code(floats), floats + " should be " + doubles
        + " with double and Double replaced by float and Float (sed 's/double/float/g; "
        + "s/Double/Float/g'), the class names and DIRECT_COLUMNS aside");
  }

  // The lines of a source outside comments: // lines and /* ... */ blocks.
  private static String code(String className) throws IOException {
    List<String> code = new ArrayList<>();
    boolean inComment = false;
    for (String line : Files.readAllLines(SOURCES.resolve(className + ".java"))) {
      String trimmed = line.trim();
      if (inComment) {
        inComment = !trimmed.endsWith("*/");
      } else if (trimmed.startsWith("/*")) {
        inComment = !trimmed.endsWith("*/");
      } else if (!trimmed.startsWith("//")) {
        code.add(line);
      }
    }
    return String.join("\n", code);
  }
}
