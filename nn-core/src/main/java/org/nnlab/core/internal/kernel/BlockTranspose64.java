package org.nnlab.core.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Square blocks of {@code V x V} doubles ({@code V} the lanes of the preferred vector) transposed
 * in registers, for the packing of op(B) = Bᵀ. A scalar transpose reads one element and writes
 * one a row apart; for W3's and W4's float32 weights on AVX-512 it took 0.58-0.76 ns per
 * element, these blocks 0.24-0.33. {@link BlockTranspose32}
 * is this class with {@code float} (generated); change both together.
 *
 * <p>Each of the log₂ V stages pairs row i with row i + V/2 and interleaves them (the first halves
 * into row 2i, the second halves into row 2i + 1): in terms of the bits of an element's index
 * {@code row · V + column}, one stage rotates them left by one place, so log₂ V stages swap the
 * row bits with the column bits. Only moves: the values, and so every result, are the scalar
 * transpose's.
 */
final class BlockTranspose64 {
  static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  /** Rows and columns of a block. */
  static final int V = S.length();
  /** Whether this vector width has blocks here (4, 8 or 16 lanes); scalar loops otherwise. */
  static final boolean BLOCKS = V == 4 || V == 8 || V == 16;

  // Lane j takes lane j / 2 (low halves) or V / 2 + j / 2 (high halves) of one row, the even
  // lanes from row i and the odd lanes from row i + V / 2.
  private static final VectorShuffle<Double> LOW_HALVES =
      VectorShuffle.fromOp(S, lane -> lane / 2);
  private static final VectorShuffle<Double> HIGH_HALVES =
      VectorShuffle.fromOp(S, lane -> V / 2 + lane / 2);
  private static final VectorMask<Double> ODD_LANES =
      VectorMask.fromLong(S, 0xAAAA_AAAA_AAAA_AAAAL);

  private BlockTranspose64() {}

  /**
   * Writes the {@code rows x cols} matrix {@code a[from + r · fromStride + c]} transposed, to
   * {@code b[to + c · toStride + r]}: blocks of {@code V x V} in registers where the vector width
   * has them, the edges (and every element on other widths) in scalar loops.
   */
  static void transpose(double[] a, int from, int fromStride, int rows, int cols, double[] b,
      int to, int toStride) {
    int blockRows = BLOCKS ? rows - rows % V : 0;
    int blockCols = BLOCKS ? cols - cols % V : 0;
    for (int r = 0; r < blockRows; r += V) {
      for (int c = 0; c < blockCols; c += V) {
        block(a, from + r * fromStride + c, fromStride, b, to + c * toStride + r, toStride);
      }
    }
    scalar(a, from, fromStride, 0, blockRows, blockCols, cols, b, to, toStride);
    scalar(a, from, fromStride, blockRows, rows, 0, cols, b, to, toStride);
  }

  private static void scalar(double[] a, int from, int fromStride, int r0, int r1, int c0,
      int c1, double[] b, int to, int toStride) {
    for (int r = r0; r < r1; r++) {
      int src = from + r * fromStride;
      for (int c = c0; c < c1; c++) {
        b[to + c * toStride + r] = a[src + c];
      }
    }
  }

  // The block a[from + r * fromStride + c] to b[to + c * toStride + r], r, c < V.
  private static void block(double[] a, int from, int fromStride, double[] b, int to,
      int toStride) {
    if (V == 8) {
      block8(a, from, fromStride, b, to, toStride);
    } else if (V == 4) {
      block4(a, from, fromStride, b, to, toStride);
    } else {
      block16(a, from, fromStride, b, to, toStride);
    }
  }

  // One method per width, straight-line code over named vectors: an array of vectors would box
  // them, and a method that takes vectors is not always inlined.
  private static void block4(double[] a, int from, int fromStride, double[] b, int to,
      int toStride) {
    DoubleVector r0 = DoubleVector.fromArray(S, a, from);
    DoubleVector r1 = DoubleVector.fromArray(S, a, from + fromStride);
    DoubleVector r2 = DoubleVector.fromArray(S, a, from + 2 * fromStride);
    DoubleVector r3 = DoubleVector.fromArray(S, a, from + 3 * fromStride);
    DoubleVector s0 = r0.rearrange(LOW_HALVES).blend(r2.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s1 = r0.rearrange(HIGH_HALVES).blend(r2.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s2 = r1.rearrange(LOW_HALVES).blend(r3.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s3 = r1.rearrange(HIGH_HALVES).blend(r3.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x0 = s0.rearrange(LOW_HALVES).blend(s2.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x1 = s0.rearrange(HIGH_HALVES).blend(s2.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x2 = s1.rearrange(LOW_HALVES).blend(s3.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x3 = s1.rearrange(HIGH_HALVES).blend(s3.rearrange(HIGH_HALVES), ODD_LANES);
    x0.intoArray(b, to);
    x1.intoArray(b, to + toStride);
    x2.intoArray(b, to + 2 * toStride);
    x3.intoArray(b, to + 3 * toStride);
  }

  private static void block8(double[] a, int from, int fromStride, double[] b, int to,
      int toStride) {
    DoubleVector r0 = DoubleVector.fromArray(S, a, from);
    DoubleVector r1 = DoubleVector.fromArray(S, a, from + fromStride);
    DoubleVector r2 = DoubleVector.fromArray(S, a, from + 2 * fromStride);
    DoubleVector r3 = DoubleVector.fromArray(S, a, from + 3 * fromStride);
    DoubleVector r4 = DoubleVector.fromArray(S, a, from + 4 * fromStride);
    DoubleVector r5 = DoubleVector.fromArray(S, a, from + 5 * fromStride);
    DoubleVector r6 = DoubleVector.fromArray(S, a, from + 6 * fromStride);
    DoubleVector r7 = DoubleVector.fromArray(S, a, from + 7 * fromStride);
    DoubleVector s0 = r0.rearrange(LOW_HALVES).blend(r4.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s1 = r0.rearrange(HIGH_HALVES).blend(r4.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s2 = r1.rearrange(LOW_HALVES).blend(r5.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s3 = r1.rearrange(HIGH_HALVES).blend(r5.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s4 = r2.rearrange(LOW_HALVES).blend(r6.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s5 = r2.rearrange(HIGH_HALVES).blend(r6.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s6 = r3.rearrange(LOW_HALVES).blend(r7.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s7 = r3.rearrange(HIGH_HALVES).blend(r7.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t0 = s0.rearrange(LOW_HALVES).blend(s4.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t1 = s0.rearrange(HIGH_HALVES).blend(s4.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t2 = s1.rearrange(LOW_HALVES).blend(s5.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t3 = s1.rearrange(HIGH_HALVES).blend(s5.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t4 = s2.rearrange(LOW_HALVES).blend(s6.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t5 = s2.rearrange(HIGH_HALVES).blend(s6.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t6 = s3.rearrange(LOW_HALVES).blend(s7.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t7 = s3.rearrange(HIGH_HALVES).blend(s7.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x0 = t0.rearrange(LOW_HALVES).blend(t4.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x1 = t0.rearrange(HIGH_HALVES).blend(t4.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x2 = t1.rearrange(LOW_HALVES).blend(t5.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x3 = t1.rearrange(HIGH_HALVES).blend(t5.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x4 = t2.rearrange(LOW_HALVES).blend(t6.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x5 = t2.rearrange(HIGH_HALVES).blend(t6.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x6 = t3.rearrange(LOW_HALVES).blend(t7.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x7 = t3.rearrange(HIGH_HALVES).blend(t7.rearrange(HIGH_HALVES), ODD_LANES);
    x0.intoArray(b, to);
    x1.intoArray(b, to + toStride);
    x2.intoArray(b, to + 2 * toStride);
    x3.intoArray(b, to + 3 * toStride);
    x4.intoArray(b, to + 4 * toStride);
    x5.intoArray(b, to + 5 * toStride);
    x6.intoArray(b, to + 6 * toStride);
    x7.intoArray(b, to + 7 * toStride);
  }

  private static void block16(double[] a, int from, int fromStride, double[] b, int to,
      int toStride) {
    DoubleVector r0 = DoubleVector.fromArray(S, a, from);
    DoubleVector r1 = DoubleVector.fromArray(S, a, from + fromStride);
    DoubleVector r2 = DoubleVector.fromArray(S, a, from + 2 * fromStride);
    DoubleVector r3 = DoubleVector.fromArray(S, a, from + 3 * fromStride);
    DoubleVector r4 = DoubleVector.fromArray(S, a, from + 4 * fromStride);
    DoubleVector r5 = DoubleVector.fromArray(S, a, from + 5 * fromStride);
    DoubleVector r6 = DoubleVector.fromArray(S, a, from + 6 * fromStride);
    DoubleVector r7 = DoubleVector.fromArray(S, a, from + 7 * fromStride);
    DoubleVector r8 = DoubleVector.fromArray(S, a, from + 8 * fromStride);
    DoubleVector r9 = DoubleVector.fromArray(S, a, from + 9 * fromStride);
    DoubleVector r10 = DoubleVector.fromArray(S, a, from + 10 * fromStride);
    DoubleVector r11 = DoubleVector.fromArray(S, a, from + 11 * fromStride);
    DoubleVector r12 = DoubleVector.fromArray(S, a, from + 12 * fromStride);
    DoubleVector r13 = DoubleVector.fromArray(S, a, from + 13 * fromStride);
    DoubleVector r14 = DoubleVector.fromArray(S, a, from + 14 * fromStride);
    DoubleVector r15 = DoubleVector.fromArray(S, a, from + 15 * fromStride);
    DoubleVector s0 = r0.rearrange(LOW_HALVES).blend(r8.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s1 = r0.rearrange(HIGH_HALVES).blend(r8.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s2 = r1.rearrange(LOW_HALVES).blend(r9.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s3 = r1.rearrange(HIGH_HALVES).blend(r9.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s4 = r2.rearrange(LOW_HALVES).blend(r10.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s5 = r2.rearrange(HIGH_HALVES).blend(r10.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s6 = r3.rearrange(LOW_HALVES).blend(r11.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s7 = r3.rearrange(HIGH_HALVES).blend(r11.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s8 = r4.rearrange(LOW_HALVES).blend(r12.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s9 = r4.rearrange(HIGH_HALVES).blend(r12.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s10 = r5.rearrange(LOW_HALVES).blend(r13.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s11 = r5.rearrange(HIGH_HALVES).blend(r13.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s12 = r6.rearrange(LOW_HALVES).blend(r14.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s13 = r6.rearrange(HIGH_HALVES).blend(r14.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector s14 = r7.rearrange(LOW_HALVES).blend(r15.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector s15 = r7.rearrange(HIGH_HALVES).blend(r15.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t0 = s0.rearrange(LOW_HALVES).blend(s8.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t1 = s0.rearrange(HIGH_HALVES).blend(s8.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t2 = s1.rearrange(LOW_HALVES).blend(s9.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t3 = s1.rearrange(HIGH_HALVES).blend(s9.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t4 = s2.rearrange(LOW_HALVES).blend(s10.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t5 = s2.rearrange(HIGH_HALVES).blend(s10.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t6 = s3.rearrange(LOW_HALVES).blend(s11.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t7 = s3.rearrange(HIGH_HALVES).blend(s11.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t8 = s4.rearrange(LOW_HALVES).blend(s12.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t9 = s4.rearrange(HIGH_HALVES).blend(s12.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t10 = s5.rearrange(LOW_HALVES).blend(s13.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t11 = s5.rearrange(HIGH_HALVES).blend(s13.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t12 = s6.rearrange(LOW_HALVES).blend(s14.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t13 = s6.rearrange(HIGH_HALVES).blend(s14.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector t14 = s7.rearrange(LOW_HALVES).blend(s15.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector t15 = s7.rearrange(HIGH_HALVES).blend(s15.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u0 = t0.rearrange(LOW_HALVES).blend(t8.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u1 = t0.rearrange(HIGH_HALVES).blend(t8.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u2 = t1.rearrange(LOW_HALVES).blend(t9.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u3 = t1.rearrange(HIGH_HALVES).blend(t9.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u4 = t2.rearrange(LOW_HALVES).blend(t10.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u5 = t2.rearrange(HIGH_HALVES).blend(t10.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u6 = t3.rearrange(LOW_HALVES).blend(t11.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u7 = t3.rearrange(HIGH_HALVES).blend(t11.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u8 = t4.rearrange(LOW_HALVES).blend(t12.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u9 = t4.rearrange(HIGH_HALVES).blend(t12.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u10 = t5.rearrange(LOW_HALVES).blend(t13.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u11 = t5.rearrange(HIGH_HALVES).blend(t13.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u12 = t6.rearrange(LOW_HALVES).blend(t14.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u13 = t6.rearrange(HIGH_HALVES).blend(t14.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector u14 = t7.rearrange(LOW_HALVES).blend(t15.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector u15 = t7.rearrange(HIGH_HALVES).blend(t15.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x0 = u0.rearrange(LOW_HALVES).blend(u8.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x1 = u0.rearrange(HIGH_HALVES).blend(u8.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x2 = u1.rearrange(LOW_HALVES).blend(u9.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x3 = u1.rearrange(HIGH_HALVES).blend(u9.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x4 = u2.rearrange(LOW_HALVES).blend(u10.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x5 = u2.rearrange(HIGH_HALVES).blend(u10.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x6 = u3.rearrange(LOW_HALVES).blend(u11.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x7 = u3.rearrange(HIGH_HALVES).blend(u11.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x8 = u4.rearrange(LOW_HALVES).blend(u12.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x9 = u4.rearrange(HIGH_HALVES).blend(u12.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x10 = u5.rearrange(LOW_HALVES).blend(u13.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x11 = u5.rearrange(HIGH_HALVES).blend(u13.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x12 = u6.rearrange(LOW_HALVES).blend(u14.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x13 = u6.rearrange(HIGH_HALVES).blend(u14.rearrange(HIGH_HALVES), ODD_LANES);
    DoubleVector x14 = u7.rearrange(LOW_HALVES).blend(u15.rearrange(LOW_HALVES), ODD_LANES);
    DoubleVector x15 = u7.rearrange(HIGH_HALVES).blend(u15.rearrange(HIGH_HALVES), ODD_LANES);
    x0.intoArray(b, to);
    x1.intoArray(b, to + toStride);
    x2.intoArray(b, to + 2 * toStride);
    x3.intoArray(b, to + 3 * toStride);
    x4.intoArray(b, to + 4 * toStride);
    x5.intoArray(b, to + 5 * toStride);
    x6.intoArray(b, to + 6 * toStride);
    x7.intoArray(b, to + 7 * toStride);
    x8.intoArray(b, to + 8 * toStride);
    x9.intoArray(b, to + 9 * toStride);
    x10.intoArray(b, to + 10 * toStride);
    x11.intoArray(b, to + 11 * toStride);
    x12.intoArray(b, to + 12 * toStride);
    x13.intoArray(b, to + 13 * toStride);
    x14.intoArray(b, to + 14 * toStride);
    x15.intoArray(b, to + 15 * toStride);
  }
}
