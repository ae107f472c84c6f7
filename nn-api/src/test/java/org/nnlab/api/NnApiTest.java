package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NnApiTest {

  @Test
  void versionIsMajorDotMinor() {
    assertEquals(NnApi.VERSION, NnApi.major() + "." + NnApi.minor());
  }

  @Test
  void pluginsOfTheSameMajorAndAnOlderOrEqualMinorAreCompatible() {
    assertTrue(NnApi.isCompatible(NnApi.major() + ".0"));
    assertTrue(NnApi.isCompatible(NnApi.VERSION));
  }

  @Test
  void pluginsOfANewerMinorOrAnotherMajorAreNot() {
    assertFalse(NnApi.isCompatible(NnApi.major() + "." + (NnApi.minor() + 1)));
    assertFalse(NnApi.isCompatible((NnApi.major() + 1) + ".0"));
    assertFalse(NnApi.isCompatible((NnApi.major() - 1) + ".9"));
  }

  @Test
  void aPluginBuiltAgainst2Point0Or2Point1StillRunsOnThisMinorRelease() {
    assertEquals("2.2", NnApi.VERSION);
    assertTrue(NnApi.isCompatible("2.0"));
    assertTrue(NnApi.isCompatible("2.1"));
  }

  @Test
  void aProviderThatDescribesNoOptionsInheritsAnEmptyDescription() {
    Provider written20 = new Provider() {
      @Override
      public String name() {
        return "old";
      }

      @Override
      public String apiVersion() {
        return "2.0";
      }
    };
    assertEquals(List.of(), written20.describeOptions());
  }

  @Test
  void malformedVersionsAreNotCompatible() {
    assertFalse(NnApi.isCompatible(null));
    assertFalse(NnApi.isCompatible(""));
    assertFalse(NnApi.isCompatible("1"));
    assertFalse(NnApi.isCompatible("1.0.0"));
    assertFalse(NnApi.isCompatible("one.zero"));
  }
}
