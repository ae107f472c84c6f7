package org.nnlab.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aZeroGradientInTheLastLayerIsADeadLayerRatherThanNoVerdict() {
    assertEquals("layer 1: every weight gradient was 0 for the whole epoch: a dead layer; likely "
        + "causes: inputs on a large scale (try data.standardize: true) or a learning rate that "
        + "stepped into saturation", GradientVerdict.of(List.of(0.0, 0.0)).sentence());
  }

  @Test
  void aLayerWhoseWeightGradientWasZeroAllEpochIsNamedWithItsShareOfDeadUnits() {
    GradientVerdict verdict =
        GradientVerdict.of(List.of(0.5, 0.0, 0.3), List.of(0.1, 0.93, 0.0));
    assertEquals(GradientVerdict.Kind.DEAD, verdict.kind());
    assertEquals("layer 2: every weight gradient was 0 for the whole epoch (93% of its units "
        + "had f'(z) = 0 for every sample): a dead layer; likely causes: inputs on a large scale "
        + "(try data.standardize: true) or a learning rate that stepped into saturation",
        verdict.sentence());
  }

  @Test
  void ofSeveralDeadLayersTheOneWithTheMostDeadUnitsIsNamed() {
    GradientVerdict verdict =
        GradientVerdict.of(List.of(0.0, 0.0, 0.0), List.of(0.5, 1.0, 0.0));
    assertEquals(List.of(2, 1.0), List.of(verdict.deadLayer(), verdict.deadFraction()));
  }

  @Test
  void aDeadFirstLayerIsDeadRatherThanAVanishingRatioOfZero() {
    GradientVerdict verdict = GradientVerdict.of(List.of(0.0, 0.1), List.of(1.0, 0.0));
    assertEquals(GradientVerdict.Kind.DEAD, verdict.kind(), verdict.sentence());
  }

  @Test
  void aDeadSingleLayerIsStillNamed() {
    assertEquals(GradientVerdict.Kind.DEAD,
        GradientVerdict.of(List.of(0.0), List.of(1.0)).kind());
  }

  @Test
  void aLayerWithoutWeightsIsNeverDead() {
    GradientVerdict verdict =
        GradientVerdict.of(List.of(Double.NaN, 0.05, 0.1), List.of(1.0, 0.0, 0.0));
    assertEquals(GradientVerdict.Kind.HEALTHY, verdict.kind(), verdict.sentence());
  }

  @Test
  void aTinyButNonZeroGradientIsVanishingNotDead() {
    GradientVerdict verdict = GradientVerdict.of(List.of(1e-300, 0.1), List.of(0.0, 0.0));
    assertEquals(GradientVerdict.Kind.VANISHING, verdict.kind(), verdict.sentence());
  }

  @Test
  void aShareJustBelowAllIsNotRoundedUpToAHundredPercent() {
    String sentence = GradientVerdict.of(List.of(0.0, 0.1), List.of(0.996, 0.0)).sentence();
    assertTrue(sentence.contains("(99% of its units had f'(z) = 0 for every sample)"), sentence);
  }

  @Test
  void aShareJustAboveNoneIsNotRoundedDownToZeroPercent() {
    String sentence = GradientVerdict.of(List.of(0.0, 0.1), List.of(0.002, 0.0)).sentence();
    assertTrue(sentence.contains("(1% of its units had f'(z) = 0 for every sample)"), sentence);
  }
}
