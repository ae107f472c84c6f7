package org.nnlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainNumbersTest {
  @Test
  void computedNumbersHaveSixSignificantDigits() {
    assertEquals(List.of("0.593270", "0.0235600", "-0.0380982", "1.10591"),
        List.of(ExplainNumbers.format(0.593269992), ExplainNumbers.format(0.023560026),
            ExplainNumbers.format(-0.03809823651), ExplainNumbers.format(1.10590596705977)));
  }

  @Test
  void numbersThatAreExactlyShortDecimalsAreWrittenAsTyped() {
    assertEquals(List.of("0.15", "0.3775", "90", "-17"), List.of(ExplainNumbers.format(0.15),
        ExplainNumbers.format(0.15 * 0.05 + 0.2 * 0.1 + 0.35), ExplainNumbers.format(90),
        ExplainNumbers.format(-17)));
  }

  @Test
  void aSumThatMissesItsShortDecimalShowsAllSixDigits() {
    // 0.25 × 0.05 + 0.3 × 0.1 + 0.35 is 0.39249999999999996 in binary floating point.
    assertEquals("0.392500", ExplainNumbers.format(0.25 * 0.05 + 0.3 * 0.1 + 0.35));
  }

  @Test
  void verySmallAndLargeNumbersAreScientific() {
    assertEquals(List.of("1e-07", "4.14246e-09", "2.5e+06"), List.of(ExplainNumbers.format(1e-7),
        ExplainNumbers.format(4.142458e-9), ExplainNumbers.format(2.5e6)));
  }

  @Test
  void zeroAndNonFiniteNumbersHaveWords() {
    assertEquals(List.of("0", "0", "NaN", "-Infinity"), List.of(ExplainNumbers.format(0.0),
        ExplainNumbers.format(-0.0), ExplainNumbers.format(Double.NaN),
        ExplainNumbers.format(Double.NEGATIVE_INFINITY)));
  }
}
