package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;

class OutputTransformTest {
  private static double[] of(double[] outputs, OutputTransform transform) {
    double[] classes = new double[Math.max(2, outputs.length)];
    transform.probabilities(outputs, 0, outputs.length, classes);
    return classes;
  }

  @Test
  void softmaxOfLogitsIsExpOverTheSumOfExps() {
    // e^0 / (e^0 + e^ln3) = 1/4 and 3/4.
    assertArrayEquals(new double[] {0.25, 0.75},
        of(new double[] {0, Math.log(3)}, OutputTransform.SOFTMAX), 1e-15);
  }

  @Test
  void largeLogitsNeitherOverflowNorLosePrecision() {
    // Shifted by 1000, as the log-sum-exp trick does: the same as {0, ln 3}.
    assertArrayEquals(new double[] {0.25, 0.75},
        of(new double[] {1000, 1000 + Math.log(3)}, OutputTransform.SOFTMAX), 1e-12);
  }

  @Test
  void outputsOfALossWithoutATransformAreWrittenAsTheyAre() {
    assertArrayEquals(new double[] {0.2, 1.5, -0.1},
        of(new double[] {0.2, 1.5, -0.1}, OutputTransform.NONE));
  }

  @Test
  void aSingleOutputIsTheSecondClassAndItsComplementTheFirst() {
    assertArrayEquals(new double[] {0.25, 0.75}, of(new double[] {0.75}, OutputTransform.NONE));
  }

  @Test
  void aSingleSigmoidLogitGivesOneMinusSigmaAndSigma() {
    // σ(ln 3) = 3/4.
    assertArrayEquals(new double[] {0.25, 0.75},
        of(new double[] {Math.log(3)}, OutputTransform.SIGMOID), 1e-15);
  }

  @Test
  void aLargeNegativeSigmoidLogitKeepsTheSmallProbabilityExact() {
    // σ(−40) = 4.248354255291589e-18, which 1 − σ(40) would round to 0.
    double[] classes = of(new double[] {-40}, OutputTransform.SIGMOID);
    assertEquals(1.0, classes[0], 0.0);
    assertEquals(4.248354255291589e-18, classes[1], 1e-30);
  }

  @Test
  void aRowIsReadFromItsOffset() {
    double[] classes = new double[2];
    OutputTransform.SOFTMAX.probabilities(new double[] {9, 9, 0, Math.log(3)}, 2, 2, classes);
    assertArrayEquals(new double[] {0.25, 0.75}, classes, 1e-15);
  }

  @Test
  void aSingleSigmoidLogitIsTheSecondClassFromZeroAndRawOutputsFromOneHalf() {
    Matrix outputs = Matrix.of(new double[][] {{-0.1}, {0.0}, {0.3}, {0.5}});
    int[] sigmoid = new int[4];
    int[] raw = new int[4];
    for (int r = 0; r < 4; r++) {
      sigmoid[r] = OutputTransform.SIGMOID.classOf(outputs, r);
      raw[r] = OutputTransform.NONE.classOf(outputs, r);
    }
    assertArrayEquals(new int[] {0, 1, 1, 1}, sigmoid);
    assertArrayEquals(new int[] {0, 0, 0, 1}, raw);
  }
}
