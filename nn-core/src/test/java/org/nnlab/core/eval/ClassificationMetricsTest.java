package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.core.train.OutputTransform;

class ClassificationMetricsTest {
  private static final double EXACT = 1e-15;

  // True a a a b b c c c c, predicted a a b b c c c c a: confusion rows (true) a: 2 1 0,
  // b: 0 1 1, c: 1 0 3. Hand-computed: precision a 2/3, b 1/2, c 3/4; recall a 2/3, b 1/2,
  // c 3/4; support 3, 2, 4.
  private static ClassificationMetrics nineSamples() {
    ClassificationMetrics metrics = new ClassificationMetrics(List.of("a", "b", "c"),
        OutputTransform.NONE);
    int[] truth = {0, 0, 0, 1, 1, 2, 2, 2, 2};
    int[] predicted = {0, 0, 1, 1, 2, 2, 2, 2, 0};
    for (int i = 0; i < truth.length; i++) {
      metrics.add(truth[i], predicted[i]);
    }
    return metrics;
  }

  @Test
  void confusionMatrixHasTrueClassesAsRowsAndPredictedAsColumns() {
    assertArrayEquals(new long[][] {{2, 1, 0}, {0, 1, 1}, {1, 0, 3}},
        nineSamples().confusionMatrix());
  }

  @Test
  void accuracyIsTheShareOnTheDiagonal() {
    assertEquals(6.0 / 9, nineSamples().accuracy(), EXACT);
  }

  @Test
  void precisionIsTruePositivesOverEverythingPredictedAsTheClass() {
    ClassificationMetrics metrics = nineSamples();
    assertArrayEquals(new double[] {2.0 / 3, 1.0 / 2, 3.0 / 4},
        new double[] {metrics.precision(0), metrics.precision(1), metrics.precision(2)}, EXACT);
  }

  @Test
  void recallIsTruePositivesOverTheClassesTrueSamples() {
    ClassificationMetrics metrics = nineSamples();
    assertArrayEquals(new double[] {2.0 / 3, 1.0 / 2, 3.0 / 4},
        new double[] {metrics.recall(0), metrics.recall(1), metrics.recall(2)}, EXACT);
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    ClassificationMetrics metrics = new ClassificationMetrics(List.of("a", "b"),
        OutputTransform.NONE);
    // a: TP 1, FP 2 (precision 1/3), FN 1 (recall 1/2): F1 = 2 (1/6) / (5/6) = 0.4.
    metrics.add(0, 0);
    metrics.add(0, 1);
    metrics.add(1, 0);
    metrics.add(1, 0);
    assertEquals(0.4, metrics.f1(0), EXACT);
  }

  @Test
  void supportCountsTheTrueSamplesOfEachClass() {
    ClassificationMetrics metrics = nineSamples();
    assertArrayEquals(new long[] {3, 2, 4},
        new long[] {metrics.support(0), metrics.support(1), metrics.support(2)});
  }

  @Test
  void macroAverageIsTheUnweightedMeanOverClasses() {
    // (2/3 + 1/2 + 3/4) / 3 = 23/36 for precision, and the same for recall and F1 here.
    ClassificationMetrics.Average macro = nineSamples().macro();
    assertArrayEquals(new double[] {23.0 / 36, 23.0 / 36, 23.0 / 36, 9},
        new double[] {macro.precision(), macro.recall(), macro.f1(), macro.support()}, EXACT);
  }

  @Test
  void weightedAverageWeighsEachClassBySupport() {
    // (3 (2/3) + 2 (1/2) + 4 (3/4)) / 9 = 6/9.
    assertEquals(6.0 / 9, nineSamples().weighted().precision(), EXACT);
  }

  @Test
  void aClassNeverPredictedHasPrecisionZeroNotNaN() {
    ClassificationMetrics metrics = new ClassificationMetrics(List.of("a", "b"),
        OutputTransform.NONE);
    metrics.add(0, 0);
    metrics.add(1, 0);
    assertEquals(0.0, metrics.precision(1));
  }

  @Test
  void aClassAbsentFromTruthAndPredictionsIsLeftOutOfTheMacroAverage() {
    ClassificationMetrics metrics = new ClassificationMetrics(List.of("a", "b", "c"),
        OutputTransform.NONE);
    metrics.add(0, 0);
    metrics.add(1, 1);
    metrics.add(1, 0);
    // a: P 1/2 R 1, b: P 1 R 1/2; c is in neither, so the mean is over a and b only.
    assertEquals(0.75, metrics.macro().precision(), EXACT);
  }

  @Test
  void batchesAreCountedByTheLargestOutputAgainstTheLargestTarget() {
    ClassificationMetrics metrics = new ClassificationMetrics(List.of("a", "b", "c"),
        OutputTransform.NONE);
    Matrix outputs = Matrix.of(new double[][] {{0.1, 0.7, 0.2}, {3, 1, 2}});
    Matrix targets = Matrix.of(new double[][] {{0, 1, 0}, {0, 0, 1}});
    metrics.add(outputs, targets);
    assertArrayEquals(new long[][] {{0, 0, 0}, {0, 1, 0}, {1, 0, 0}}, metrics.confusionMatrix());
  }

  @Test
  void aSingleOutputIsTheSecondClassFromOneHalfOn() {
    ClassificationMetrics metrics = new ClassificationMetrics(List.of("no", "yes"),
        OutputTransform.NONE);
    metrics.add(Matrix.of(new double[][] {{0.5}, {0.49}}), Matrix.of(new double[][] {{1}, {1}}));
    assertArrayEquals(new long[][] {{0, 0}, {1, 1}}, metrics.confusionMatrix());
  }
}
