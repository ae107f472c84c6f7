package org.nnlab.api.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionRulesTest {

  @Test
  void anyFiniteNumberIsANumber() {
    assertEquals(3.0, OptionRules.number("x", WrittenValue.of(3L)), 0.0);
    assertEquals(0.25, OptionRules.number("x", WrittenValue.of(0.25)), 0.0);
  }

  @Test
  void infinityIsNotANumber() {
    RefusedOption e = assertThrows(RefusedOption.class,
        () -> OptionRules.number("rate", WrittenValue.of(Double.POSITIVE_INFINITY)));
    assertEquals("rate: expected a finite number, found Infinity", e.getMessage());
  }

  @Test
  void wholeDecimalsCountAsIntegers() {
    assertEquals(3, OptionRules.integer("units", WrittenValue.of(3.0)));
    assertEquals(1000, OptionRules.integer("units", WrittenValue.of(1e3)));
  }

  @Test
  void integersBeyondTheRangeOfIntAreRefused() {
    RefusedOption e = assertThrows(RefusedOption.class,
        () -> OptionRules.integer("units", WrittenValue.of(BigInteger.TWO.pow(40))));
    assertEquals("units: expected an integer, found 1099511627776", e.getMessage());
  }

  @Test
  void aNumberIsNotAFlag() {
    RefusedOption e =
        assertThrows(RefusedOption.class, () -> OptionRules.flag("on", WrittenValue.of(1)));
    assertEquals("on: expected true or false, found 1", e.getMessage());
  }

  @Test
  void nothingIsNotText() {
    RefusedOption e =
        assertThrows(RefusedOption.class, () -> OptionRules.text("mode", WrittenValue.of(null)));
    assertEquals("mode: expected text, found nothing", e.getMessage());
  }

  @Test
  void aSingleNumberIsAVectorOfOne() {
    assertArrayEquals(new double[] {2}, OptionRules.vector("b", WrittenValue.of(2)), 0.0);
  }

  @Test
  void aRefusedItemIsNamedByItsIndexAndKeptForLocating() {
    WrittenValue list = WrittenValue.of(List.of(List.of(1, 2), List.of(3, "x")));
    RefusedOption e = assertThrows(RefusedOption.class, () -> OptionRules.matrix("w", list));
    assertEquals("w[1][1]: expected a finite number, found 'x'", e.getMessage());
    assertEquals("w", e.option());
    assertEquals("[1][1]", e.index());
    assertSame("x", e.value().scalar());
  }

  @Test
  void rowsOfAMatrixMustBeAsLongAsTheFirst() {
    RefusedOption e = assertThrows(RefusedOption.class,
        () -> OptionRules.matrix("w", WrittenValue.of(List.of(List.of(1, 2), List.of(3)))));
    assertEquals("w[1]: expected 2 numbers like the first row, found 1", e.getMessage());
  }

  @Test
  void anEmptyListIsNotAMatrix() {
    RefusedOption e = assertThrows(RefusedOption.class,
        () -> OptionRules.matrix("w", WrittenValue.of(List.of())));
    assertEquals("w: expected a list of lists of numbers, found an empty list", e.getMessage());
  }
}
