package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ShortestDoubleTest {
  // The fewest significant digits that read back, found by trying every count (the reference).
  private static int fewestDigits(double value) {
    for (int digits = 1; ; digits++) {
      BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits,
          RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return digits;
      }
    }
  }

  private static int digitsOf(String text) {
    String mantissa = text.split("E")[0].replace("-", "").replace(".", "")
        .replaceAll("^0+", "").replaceAll("0+$", "");
    return Math.max(1, mantissa.length());
  }

  @Test
  void digitsJava17KeepsTooManyAreDropped() {
    // Java 17 writes 1e23 as 9.999999999999999E22, and this one with 17 digits,
    // 8.5408298743460826E17.
    assertAll(
        () -> assertEquals("1.0E23", ShortestDouble.of(1e23)),
        () -> assertEquals("-1.0E23", ShortestDouble.of(-1e23)),
        () -> assertEquals("8.540829874346083E17", ShortestDouble.of(8.540829874346083E17)),
        // Java writes the smallest double as 4.9E-324, but 5E-324 reads back as it too.
        () -> assertEquals("5.0E-324", ShortestDouble.of(Double.MIN_VALUE)));
  }

  @Test
  void valuesJavaAlreadyWritesShortestKeepJavasLayout() {
    assertAll(
        () -> assertEquals("0.1", ShortestDouble.of(0.1)),
        () -> assertEquals("-2.5", ShortestDouble.of(-2.5)),
        () -> assertEquals("1.0E-5", ShortestDouble.of(1e-5)),
        () -> assertEquals("1.0E7", ShortestDouble.of(1e7)),
        () -> assertEquals("0.0", ShortestDouble.of(0.0)),
        () -> assertEquals("0.30000000000000004", ShortestDouble.of(0.1 + 0.2)),
        () -> assertEquals("NaN", ShortestDouble.of(Double.NaN)));
  }

  @Test
  void everyValueReadsBackExactlyWithTheFewestDigits() {
    SplittableRandom random = new SplittableRandom(3);
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      double value = i % 2 == 0 ? random.nextDouble()
          : Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value)) {
        continue;
      }
      String text = ShortestDouble.of(value);
      checks.add(() -> assertEquals(value, Double.parseDouble(text), text));
      checks.add(() -> assertEquals(fewestDigits(value), digitsOf(text), text));
    }
    assertAll(checks);
  }
}
