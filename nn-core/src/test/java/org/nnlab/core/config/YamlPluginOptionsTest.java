package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;

class YamlPluginOptionsTest {
  private static YamlPluginOptions options(String yaml) {
    return new YamlPluginOptions((YamlMap) new YamlReader().parse(yaml, "test.yaml"), "optimizer",
        Set.of());
  }

  @Test
  void aWrittenValueEqualToANonFiniteDefaultReadsAsThatDefault() {
    YamlPluginOptions options = options("alpha: .nan\nlimit: -.inf\n");
    assertEquals(Double.NaN, options.number("alpha", Double.NaN));
    assertEquals(Double.NEGATIVE_INFINITY, options.number("limit", Double.NEGATIVE_INFINITY));
  }

  @Test
  void aNonFiniteValueIsRefusedWhenTheDefaultIsAnotherNumber() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> options("alpha: .nan\n").number("alpha", 1.0));
    assertEquals("a finite number", e.expected());
  }
}
