package org.nnlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;

class StandardizationTest {
  private static final Matrix TRAINING = Matrix.of(new double[][] {{1, 10, 7}, {3, 20, 7},
      {5, 60, 7}});

  @Test
  void meansAndScalesArePopulationStatisticsOfTheTrainingRows() {
    Standardization stats = Standardization.fit(TRAINING);
    assertArrayEquals(new double[] {3, 30, 7}, stats.mean(), 1e-15);
    // numpy: np.std([1, 3, 5]) = 1.632993..., np.std([10, 20, 60]) = 21.602468...
    assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), Math.sqrt(1400.0 / 3), 1.0},
        stats.scale(), 1e-12);
  }

  @Test
  void aConstantColumnIsCentredButNotScaled() {
    Standardization stats = Standardization.fit(TRAINING);
    assertEquals(List.of(2), stats.constantColumns(TRAINING));
    Matrix other = Matrix.of(new double[][] {{3, 30, 9}});
    stats.apply(other);
    assertArrayEquals(new double[] {0, 0, 2}, other.data(), 1e-15);
  }

  @Test
  void otherDataIsScaledWithTheTrainingStatistics() {
    Standardization stats = Standardization.fit(TRAINING);
    Matrix validation = Matrix.of(new double[][] {{7, 30, 7}});
    stats.apply(validation);
    assertEquals(4 / Math.sqrt(8.0 / 3), validation.get(0, 0), 1e-12);
    assertEquals(0.0, validation.get(0, 1), 0.0);
  }
}
