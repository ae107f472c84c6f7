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
    assertEquals("2.4", NnApi.VERSION);
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
  void aLayerWrittenBefore2Point2InheritsNoBuffers() {
    Layer written21 = new Layer() {
      @Override
      public int inputSize() {
        return 1;
      }

      @Override
      public int outputSize() {
        return 1;
      }

      @Override
      public List<Parameter> parameters() {
        return List.of();
      }

      @Override
      public void forward(Matrix input, Matrix output, Mode mode) {
        System.arraycopy(input.data(), 0, output.data(), 0, input.size());
      }

      @Override
      public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
        System.arraycopy(outputGradient.data(), 0, inputGradient.data(), 0, input.size());
      }
    };
    assertEquals(List.of(), written21.buffers());
  }

  @Test
  void aBufferIsAZeroArrayOfItsShape() {
    Buffer buffer = new Buffer("running_mean", 1, 3);
    assertEquals(3, buffer.size());
    assertEquals("running_mean[1 x 3]", buffer.toString());
    assertEquals(0.0, buffer.values()[2], 0.0);
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
