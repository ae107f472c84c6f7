package org.nnlab.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transposes of sizes around the vector widths (4, 8 and 16 lanes), inside larger arrays: each
 * element lands where the scalar transpose puts it, and nothing else is written. The blocks run
 * at this machine's width; the build runs this class again with 256-bit vectors.
 */
class BlockTransposeTest {
  private static final int FROM = 5;
  private static final int TO = 3;

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "3, 5", "4, 4", "7, 9", "8, 8", "9, 17", "16, 16", "17, 15",
      "32, 48", "48, 33", "40, 256", "256, 40"})
  void entriesLandTransposedAndNothingElseIsWritten(int rows, int cols) {
    int fromStride = cols + 7;
    int toStride = rows + 2;
    double[] a = new double[FROM + rows * fromStride];
    float[] a32 = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = i + 0.5;
      a32[i] = (float) a[i];
    }
    double[] b = new double[TO + cols * toStride + 4];
    float[] b32 = new float[b.length];
    Arrays.fill(b, -1);
    Arrays.fill(b32, -1);
    BlockTranspose64.transpose(a, FROM, fromStride, rows, cols, b, TO, toStride);
    BlockTranspose32.transpose(a32, FROM, fromStride, rows, cols, b32, TO, toStride);
    for (int i = 0; i < b.length; i++) {
      int c = (i - TO) / toStride;
      int r = (i - TO) % toStride;
      boolean written = i >= TO && c < cols && r < rows;
      double expected = written ? a[FROM + r * fromStride + c] : -1;
      assertEquals(expected, b[i], "double b[" + i + "]");
      assertEquals((float) expected, b32[i], "float b[" + i + "]");
    }
  }

  // The checks above run each size once, mostly in the interpreter; this one runs long enough for
  // the JIT to compile the blocks with the Vector API's intrinsics, and checks every result.
  @Test
  void compiledBlocksGiveTheSameTransposeEveryTime() {
    int rows = 48;
    int cols = 40;
    float[] a = new float[rows * cols];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    float[] expected = new float[cols * rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        expected[c * rows + r] = a[r * cols + c];
      }
    }
    double[] a64 = new double[a.length];
    double[] expected64 = new double[expected.length];
    for (int i = 0; i < a.length; i++) {
      a64[i] = a[i];
      expected64[i] = expected[i];
    }
    float[] b = new float[expected.length];
    double[] b64 = new double[expected.length];
    for (int round = 0; round < 20_000; round++) {
      BlockTranspose32.transpose(a, 0, cols, rows, cols, b, 0, rows);
      BlockTranspose64.transpose(a64, 0, cols, rows, cols, b64, 0, rows);
      if (!Arrays.equals(expected, b) || !Arrays.equals(expected64, b64)) {
        assertArrayEquals(expected, b, "float transpose, round " + round);
        assertArrayEquals(expected64, b64, "double transpose, round " + round);
      }
    }
  }
}
