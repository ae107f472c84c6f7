package org.nnlab.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GradientVerdictTest {

  @Test
  void theRatioIsWrittenWithAPointInEveryLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("layer 1 gets 0.012 x the gradient of layer 2: healthy gradient flow",
          GradientVerdict.of(List.of(0.0012, 0.1)).sentence());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void layersWithoutWeightsAreLeftOutOfTheRatio() {
    GradientVerdict verdict = GradientVerdict.of(List.of(Double.NaN, 2e-3, 0.1, Double.NaN));
    assertEquals("layer 2 gets 0.020 x the gradient of layer 3: healthy gradient flow",
        verdict.sentence());
  }

  @Test
  void aNetworkWithOneWeightedLayerHasNoVerdict() {
    GradientVerdict verdict = GradientVerdict.of(List.of(Double.NaN, 0.5));
    assertEquals(GradientVerdict.Kind.UNKNOWN, verdict.kind());
    assertEquals("only layer 2 has weights: nothing to compare", verdict.sentence());
  }

  @Test
  void aNetworkWithoutWeightsHasNoVerdict() {
    assertEquals("no layer has weights: nothing to compare",
        GradientVerdict.of(List.of(Double.NaN, Double.NaN)).sentence());
  }

  @Test
  void aNetworkOfOneLayerHasNothingToCompare() {
    assertEquals("one layer only: nothing to compare",
        GradientVerdict.of(List.of(0.5)).sentence());
  }

  @Test
  void aZeroGradientInTheLastLayerGivesNoVerdict() {
    assertEquals("layer 1 gets an undefined x the gradient of layer 2: no verdict",
        GradientVerdict.of(List.of(0.0, 0.0)).sentence());
  }
}
