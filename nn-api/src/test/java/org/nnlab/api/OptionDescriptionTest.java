package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionDescriptionTest {
  private static final OptionDescription MOMENTUM =
      OptionDescription.of("momentum", "the share of the velocity kept").atLeast(0).lessThan(1);

  @Test
  void anInclusiveBoundAcceptsItselfAndAnExclusiveOneRefusesItself() {
    assertTrue(MOMENTUM.accepts(0));
    assertFalse(MOMENTUM.accepts(1));
  }

  @Test
  void valuesBeyondTheBoundsAndNanAreRefused() {
    assertFalse(MOMENTUM.accepts(-0.1));
    assertFalse(MOMENTUM.accepts(1.5));
    assertFalse(MOMENTUM.accepts(Double.NaN));
  }

  @Test
  void anOptionWithoutBoundsAcceptsEveryNumber() {
    OptionDescription free = OptionDescription.of("beta", "slope");
    assertTrue(free.accepts(-1e300) && free.accepts(1e300));
    assertEquals(Double.NEGATIVE_INFINITY, free.minimum());
    assertEquals(Double.POSITIVE_INFINITY, free.maximum());
  }

  @Test
  void theBoundsAndTheirKindAreKept() {
    OptionDescription rate = OptionDescription.of("learning_rate", "the step").greaterThan(0);
    assertEquals(0.0, rate.minimum());
    assertTrue(rate.minimumExclusive());
    assertFalse(MOMENTUM.minimumExclusive());
    assertEquals(1.0, MOMENTUM.maximum());
    assertTrue(MOMENTUM.maximumExclusive());
  }

  @Test
  void boundMethodsReturnANewDescriptionAndLeaveTheOriginalAsItWas() {
    OptionDescription open = OptionDescription.of("x", "text");
    OptionDescription bounded = open.atMost(3);
    assertEquals(Double.POSITIVE_INFINITY, open.maximum());
    assertEquals(3.0, bounded.maximum());
  }

  @Test
  void aMinimumAboveTheMaximumIsRefusedNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OptionDescription.of("units", "width").atMost(1).atLeast(2));
    assertEquals("minimum 2.0 of option 'units' is not a number at most its maximum 1.0",
        e.getMessage());
  }

  @Test
  void aNanBoundIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> OptionDescription.of("x", "text").lessThan(Double.NaN));
  }

  @Test
  void aNullKeyOrTextIsRefused() {
    assertThrows(NullPointerException.class, () -> OptionDescription.of(null, "text"));
    assertThrows(NullPointerException.class, () -> OptionDescription.of("x", null));
  }

  @Test
  void descriptionsWithTheSameContentAreEqual() {
    assertEquals(OptionDescription.of("momentum", "the share of the velocity kept").atLeast(0)
        .lessThan(1), MOMENTUM);
    assertEquals(MOMENTUM.hashCode(), OptionDescription.of("momentum",
        "the share of the velocity kept").atLeast(0).lessThan(1).hashCode());
  }

  @Test
  void toStringShowsTheRangeInIntervalNotation() {
    assertEquals("momentum in [0, 1): the share of the velocity kept", MOMENTUM.toString());
  }
}
