package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class FloatArraysTest {
  @Test
  void roundingWritesTheNearestFloatsOfTheFirstEntriesOnly() {
    float[] to = {9f, 9f, 9f, 9f};
    FloatArrays.round(new double[] {0.1, -1e-50, 1e300, 7}, to, 3);
    assertArrayEquals(new float[] {0.1f, -0f, Float.POSITIVE_INFINITY, 9f}, to);
  }

  @Test
  void aRoundedCopyHoldsEveryEntry() {
    assertArrayEquals(new float[] {0.1f, 2f / 3f}, FloatArrays.rounded(new double[] {0.1, 2.0 / 3}));
  }

  @Test
  void wideningIsExact() {
    double[] to = {9, 9, 9};
    FloatArrays.widen(new float[] {0.1f, -0f, 5f}, to, 2);
    assertArrayEquals(new double[] {(double) 0.1f, -0.0, 9}, to);
  }
}
