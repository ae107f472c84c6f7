package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
  @Test
  void anEscapeSequenceIsWrittenAsAJavaEscape() {
    assertEquals("\\u001b[2J\\u001b[Hok", ControlCharacters.escape("\u001b[2J\u001b[Hok"));
  }

  @Test
  void lineBreaksAndTabsAreEscapedByName() {
    assertEquals("a\\nb\\r\\tc", ControlCharacters.escape("a\nb\r\tc"));
  }

  @Test
  void deleteAndC1ControlsAreEscaped() {
    assertEquals("\\u007f\\u009b", ControlCharacters.escape("\u007f\u009b"));
  }

  @Test
  void bidirectionalOverridesAreEscaped() {
    assertEquals("abc\\u202edef", ControlCharacters.escape("abc\u202edef"));
  }

  @Test
  void printableTextIsReturnedAsItIs() {
    String text = "model.layers[0].units: größer als 5 → λ";
    assertSame(text, ControlCharacters.escape(text));
  }

  @Test
  void escapingTwiceChangesNothing() {
    String once = ControlCharacters.escape("\u001b[31m\n");
    assertEquals(once, ControlCharacters.escape(once));
  }
}
