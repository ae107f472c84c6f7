package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatrixTest {

  @Test
  void elementsAreStoredRowMajor() {
    Matrix m = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    assertEquals(2, m.rows());
    assertEquals(3, m.cols());
    assertEquals(6.0, m.get(1, 2), 0.0);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.data(), 0.0);
  }

  @Test
  void shrinkingRowsKeepsTheBackingArrayAndGrowingReplacesIt() {
    Matrix m = new Matrix(4, 2);
    double[] backing = m.data();
    m.resizeRows(1);
    assertSame(backing, m.data());
    assertEquals(2, m.size());
    m.resizeRows(4);
    assertSame(backing, m.data());
    m.resizeRows(5);
    assertEquals(10, m.data().length);
  }

  @Test
  void rowsBeyondTheCurrentCountAreOutOfBounds() {
    Matrix m = new Matrix(4, 2);
    m.resizeRows(1);
    assertThrows(IndexOutOfBoundsException.class, () -> m.get(1, 0));
  }

  @Test
  void copyHoldsOnlyTheMeaningfulEntries() {
    Matrix m = new Matrix(3, 2);
    m.resizeRows(1);
    m.set(0, 1, 7);
    Matrix copy = m.copy();
    assertEquals(2, copy.data().length);
    assertArrayEquals(new double[][] {{0, 7}}, copy.toArray());
  }

  @Test
  void wrapRefusesAnArrayTooShortForTheShape() {
    assertThrows(IllegalArgumentException.class, () -> Matrix.wrap(2, 2, new double[3]));
  }

  @Test
  void ofRefusesRaggedRows() {
    assertThrows(IllegalArgumentException.class,
        () -> Matrix.of(new double[][] {{1, 2}, {3}}));
  }
}
