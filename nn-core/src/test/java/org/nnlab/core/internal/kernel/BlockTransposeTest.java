package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transposes of every size around the vector widths (4, 8 and 16 lanes), inside larger arrays:
 * each element lands where the scalar transpose puts it, and nothing else is written.
 */
class BlockTransposeTest {
  private static final int FROM = 5;
  private static final int TO = 3;

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "3, 5", "4, 4", "7, 9", "8, 8", "9, 17", "16, 16", "17, 15",
      "32, 48", "48, 33", "40, 256", "256, 40"})
  void doublesLandTransposedAndNothingElseIsWritten(int rows, int cols) {
    int fromStride = cols + 7;
    int toStride = rows + 2;
    double[] a = new double[FROM + rows * fromStride];
    for (int i = 0; i < a.length; i++) {
      a[i] = i + 0.5;
    }
    double[] b = new double[TO + cols * toStride + 4];
    java.util.Arrays.fill(b, -1);
    BlockTranspose64.transpose(a, FROM, fromStride, rows, cols, b, TO, toStride);
    for (int i = 0; i < b.length; i++) {
      int c = (i - TO) / toStride;
      int r = (i - TO) % toStride;
      boolean written = i >= TO && c < cols && r < rows;
      assertEquals(written ? a[FROM + r * fromStride + c] : -1, b[i], "b[" + i + "]");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "3, 5", "4, 4", "7, 9", "8, 8", "9, 17", "16, 16", "17, 15",
      "32, 48", "48, 33", "40, 256", "256, 40"})
  void floatsLandTransposedAndNothingElseIsWritten(int rows, int cols) {
    int fromStride = cols + 7;
    int toStride = rows + 2;
    float[] a = new float[FROM + rows * fromStride];
    for (int i = 0; i < a.length; i++) {
      a[i] = i + 0.5f;
    }
    float[] b = new float[TO + cols * toStride + 4];
    java.util.Arrays.fill(b, -1);
    BlockTranspose32.transpose(a, FROM, fromStride, rows, cols, b, TO, toStride);
    for (int i = 0; i < b.length; i++) {
      int c = (i - TO) / toStride;
      int r = (i - TO) % toStride;
      boolean written = i >= TO && c < cols && r < rows;
      assertEquals(written ? a[FROM + r * fromStride + c] : -1, b[i], "b[" + i + "]");
    }
  }
}
