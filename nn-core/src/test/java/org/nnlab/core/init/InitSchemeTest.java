package org.nnlab.core.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitSchemeTest {
  private static double[] draw(InitScheme scheme, int rows, int cols) {
    double[] w = new double[rows * cols];
    scheme.fill(w, cols, rows, new SplittableRandom(9));
    return w;
  }

  private static double variance(double[] w) {
    double sum = 0;
    for (double v : w) {
      sum += v * v;
    }
    return sum / w.length;
  }

  private static double dot(double[] w, int cols, int a, int b, boolean rowsOf, int length) {
    double dot = 0;
    for (int k = 0; k < length; k++) {
      dot += rowsOf ? w[a * cols + k] * w[b * cols + k] : w[k * cols + a] * w[k * cols + b];
    }
    return dot;
  }

  @Test
  void lecunNormalHasVarianceOneOverFanIn() {
    double[] w = draw(InitScheme.LECUN_NORMAL, 400, 250);
    assertEquals(1.0 / 250, variance(w), 0.03 / 250);
  }

  @Test
  void lecunUniformStaysWithinItsBoundWithTheVarianceOfOneOverFanIn() {
    double[] w = draw(InitScheme.LECUN_UNIFORM, 400, 250);
    double bound = Math.sqrt(3.0 / 250);
    for (double v : w) {
      assertTrue(Math.abs(v) <= bound);
    }
    assertEquals(1.0 / 250, variance(w), 0.03 / 250);
  }

  @Test
  void orthogonalWeightsHaveOrthonormalRowsWhenUnitsAreFewer() {
    double[] w = draw(InitScheme.ORTHOGONAL, 5, 12);
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        assertEquals(a == b ? 1.0 : 0.0, dot(w, 12, a, b, true, 12), 1e-13, a + ", " + b);
      }
    }
  }

  @Test
  void orthogonalWeightsHaveOrthonormalColumnsWhenInputsAreFewer() {
    double[] w = draw(InitScheme.ORTHOGONAL, 12, 5);
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        assertEquals(a == b ? 1.0 : 0.0, dot(w, 5, a, b, false, 12), 1e-13, a + ", " + b);
      }
    }
  }

  @Test
  void zerosAreZeros() {
    for (double v : draw(InitScheme.ZEROS, 3, 4)) {
      assertEquals(0.0, v, 0.0);
    }
  }

  @Test
  void everySchemeIsKnownByItsConfigurationName() {
    assertEquals(List.of("standard", "xavier_uniform", "xavier_normal", "he_uniform",
        "he_normal", "lecun_uniform", "lecun_normal", "orthogonal", "zeros"),
        InitScheme.configNames());
  }
}
