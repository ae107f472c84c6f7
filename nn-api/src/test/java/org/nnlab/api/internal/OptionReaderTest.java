package org.nnlab.api.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionReaderTest {

  private static OptionReader reader(Object... keysAndValues) {
    Map<String, WrittenValue> written = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      written.put((String) keysAndValues[i], WrittenValue.of(keysAndValues[i + 1]));
    }
    return new OptionReader(written);
  }

  @Test
  void keysNoGetterAskedForAreUnread() {
    OptionReader options = reader("learning_rate", 0.1, "momentun", 0.9);
    options.number("learning_rate", 0.01);
    options.number("momentum", 0.0);
    assertEquals(Set.of("momentun"), options.unreadKeys());
  }

  @Test
  void theResolvedValuesHoldDefaultsForKeysNotWritten() {
    OptionReader options = reader("learning_rate", 0.1);
    options.number("learning_rate", 0.01);
    options.number("momentum", 0.0);
    assertEquals(Map.of("learning_rate", 0.1, "momentum", 0.0), options.resolved());
  }

  @Test
  void theResolvedVectorIsACopyThePluginCannotChange() {
    OptionReader options = reader("biases", List.of(1, 2));
    options.vector("biases").orElseThrow()[0] = 99;
    assertArrayEquals(new double[] {1, 2}, (double[]) options.resolved().get("biases"), 0.0);
  }

  @Test
  void anUnknownKeySuggestsTheClosestKeyThePluginOrEngineTakes() {
    OptionReader options = reader("unitz", 3);
    options.integer("units", 1);
    assertEquals("unknown key 'unitz'; did you mean 'units'? known keys: activation, type, units "
        + "(for 'dense')", options.unknownKeyMessage("unitz", Set.of("type", "activation"),
            "'dense'"));
  }

  @Test
  void anUnknownKeyOfAPluginThatReadsNothingSaysItTakesNoOptions() {
    assertEquals("unknown key 'beta': 'relu' takes no options",
        reader("beta", 2).unknownKeyMessage("beta", Set.of(), "'relu'"));
  }
}
