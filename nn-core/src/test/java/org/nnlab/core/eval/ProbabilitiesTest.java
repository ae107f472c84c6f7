package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ProbabilitiesTest {
  private static double[] of(double[] outputs, boolean softmax) {
    double[] classes = new double[Math.max(2, outputs.length)];
    Probabilities.of(outputs, 0, outputs.length, softmax, classes);
    return classes;
  }

  @Test
  void softmaxOfLogitsIsExpOverTheSumOfExps() {
    // e^0 / (e^0 + e^ln3) = 1/4 and 3/4.
    assertArrayEquals(new double[] {0.25, 0.75}, of(new double[] {0, Math.log(3)}, true), 1e-15);
  }

  @Test
  void largeLogitsNeitherOverflowNorLosePrecision() {
    // Shifted by 1000, as the log-sum-exp trick does: the same as {0, ln 3}.
    assertArrayEquals(new double[] {0.25, 0.75},
        of(new double[] {1000, 1000 + Math.log(3)}, true), 1e-12);
  }

  @Test
  void outputsOfALossWithoutSoftmaxAreWrittenAsTheyAre() {
    assertArrayEquals(new double[] {0.2, 1.5, -0.1}, of(new double[] {0.2, 1.5, -0.1}, false));
  }

  @Test
  void aSingleOutputIsTheSecondClassAndItsComplementTheFirst() {
    assertArrayEquals(new double[] {0.25, 0.75}, of(new double[] {0.75}, false));
  }

  @Test
  void aRowIsReadFromItsOffset() {
    double[] classes = new double[2];
    Probabilities.of(new double[] {9, 9, 0, Math.log(3)}, 2, 2, true, classes);
    assertArrayEquals(new double[] {0.25, 0.75}, classes, 1e-15);
  }
}
