package org.nnlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;

class ValidationSplitTest {
  // 10 samples of class 0 and 30 of class 1, one-hot; each sample's input is its number.
  private static Dataset classes() {
    Matrix x = new Matrix(40, 1);
    Matrix y = new Matrix(40, 2);
    for (int r = 0; r < 40; r++) {
      x.set(r, 0, r);
      y.set(r, r < 10 ? 0 : 1, 1.0);
    }
    return new Dataset(x, y, List.of("a", "b"), true, "test", List.of("x"), List.of("y"));
  }

  private static int count(Dataset data, int k) {
    int n = 0;
    for (int r = 0; r < data.size(); r++) {
      n += data.classOf(r) == k ? 1 : 0;
    }
    return n;
  }

  @Test
  void eachClassKeepsItsShareInBothParts() {
    ValidationSplit.Parts parts = ValidationSplit.split(classes(), 0.2, new SplittableRandom(1));
    assertEquals(2, count(parts.validation(), 0));
    assertEquals(6, count(parts.validation(), 1));
    assertEquals(8, count(parts.training(), 0));
    assertEquals(24, count(parts.training(), 1));
  }

  @Test
  void bothPartsKeepTheDataOrderAndShareNoSample() {
    ValidationSplit.Parts parts = ValidationSplit.split(classes(), 0.25, new SplittableRandom(2));
    double[] training = parts.training().inputs().copy().data();
    double[] validation = parts.validation().inputs().copy().data();
    assertEquals(40, training.length + validation.length);
    for (double[] part : List.of(training, validation)) {
      for (int i = 1; i < part.length; i++) {
        assertEquals(true, part[i - 1] < part[i], "in data order");
      }
    }
    for (double t : training) {
      for (double v : validation) {
        assertNotEquals(t, v);
      }
    }
  }

  @Test
  void theSameSeedHoldsOutTheSameSamples() {
    double[] first = ValidationSplit.split(classes(), 0.3, new SplittableRandom(3))
        .validation().inputs().copy().data();
    double[] again = ValidationSplit.split(classes(), 0.3, new SplittableRandom(3))
        .validation().inputs().copy().data();
    assertArrayEquals(first, again, 0.0);
  }

  @Test
  void regressionDataIsHeldOutAsAWhole() {
    Matrix x = new Matrix(10, 1);
    Matrix y = new Matrix(10, 1);
    Dataset data = new Dataset(x, y, List.of(), false, "test", List.of(), List.of());
    ValidationSplit.Parts parts = ValidationSplit.split(data, 0.3, new SplittableRandom(4));
    assertEquals(3, parts.validation().size());
    assertEquals(7, parts.training().size());
  }
}
