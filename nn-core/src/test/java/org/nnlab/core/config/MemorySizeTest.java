package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MemorySizeTest {
  @Test
  void needJustAboveTheAllowanceNeverReadsTheSame() {
    assertAll(
        () -> assertEquals("2.6 GB", MemorySize.needed(2.5001e9)),
        () -> assertEquals("2.5 GB", MemorySize.allowed(2.5e9)));
  }

  @Test
  void allowanceIsRoundedDown() {
    assertEquals("2.5 GB", MemorySize.allowed(2.5999e9));
  }

  @Test
  void sizeBelowAGigabyteIsInWholeMegabytes() {
    assertAll(
        () -> assertEquals("41 MB", MemorySize.needed(40.2e6)),
        () -> assertEquals("40 MB", MemorySize.allowed(40.9e6)));
  }
}
