package org.nnlab.core.internal.kernel;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The {@code float} products of {@link SimdKernels}, with the Vector API, accumulating in {@code
 * float}: {@link SimdGemm64} with {@code double} and {@code Double} replaced by {@code float} and
 * {@code Float} (generated); change both together. The micro-tile is as many rows and vectors
 * as in {@code double}, so twice as many columns.
 *
 * <p>Two paths. Small products ({@link #direct}) read the operands where they are, with
 * register-blocked vector loops and no packing. Large products ({@link #packed}) are blocked as
 * in GotoBLAS: a {@code KC x NC} panel of op(B) is packed into a per-thread buffer in
 * micro-panel order, and an {@code MR x NR} micro-kernel keeps its tile of C in registers over
 * {@code KC} steps of fused multiply-adds, reading op(A) in place, {@code MC} rows at a time.
 *
 * <p>Every entry of C is computed the same way on every path split: for each block of {@code KC}
 * consecutive p in increasing order, a fused multiply-add chain starting from zero, added to C
 * (or stored, for the first block when not accumulating). So results do not depend on how the
 * output is split between threads.
 */
final class SimdGemm32 {
  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  /** Lanes per vector. */
  static final int V = S.length();
  /** Rows of the micro-tile. */
  static final int MR = 6;
  /** Columns of the micro-tile: three vectors. */
  static final int NR = 3 * V;
  /**
   * Products with fewer columns than this skip packing, which would be mostly padding: three
   * AVX-512 vectors, fixed rather than taken from the vector width, so that which path runs, and
   * so every bit of the result, is the same on CPUs with narrower vectors.
   */
  static final int DIRECT_COLUMNS = 48;

  /**
   * A small product with Bᵀ at least this deep is vectorized (B transposed first); shallower ones
   * run plain loops. Fixed, as {@link #DIRECT_COLUMNS}.
   */
  static final int MIN_DEPTH = 16;

  /** Rows of C per block of a narrow product with Bᵀ: four vectors. */
  static final int NARROW_ROWS = 4 * V;

  /** Steps of p per block when copying rows of A p major. */
  private static final int TP = 16;

  /** Depth of a packed block. */
  static final int KC = 256;
  /** Rows of op(A) that one pass over a packed panel of op(B) reads. */
  static final int MC = 16 * MR;
  /** Columns of a packed panel of op(B). */
  static final int NC = 64 * NR;

  /** Packing buffers and an edge tile, one set per thread, grown when a larger shape arrives. */
  static final class Buffers {
    float[] b = new float[0];
    float[] transposedB = new float[0];
    float[] rowsOfA = new float[0];
    final float[] narrowTile = new float[NARROW_ROWS * 2];
    final float[] tile = new float[MR * NR];
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private SimdGemm32() {}

  static Buffers buffers() {
    return BUFFERS.get();
  }

  // ---------------------------------------------------------------------------------------------
  // Large products: packed panels and the micro-kernel.

  /**
   * Computes the block rows {@code i0..i1}, columns {@code j0..j1} of C = op(A) · op(B).
   */
  static void packed(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate, int i0, int i1, int j0, int j1, Buffers buf) {
    if (k == 0) {
      if (!accumulate) {
        for (int i = i0; i < i1; i++) {
          for (int j = j0; j < j1; j++) {
            c[i * n + j] = 0;
          }
        }
      }
      return;
    }
    int kcMax = Math.min(KC, k);
    int ncMax = Math.min(NC, roundUp(j1 - j0, NR));
    if (buf.b.length < kcMax * ncMax) {
      buf.b = new float[kcMax * ncMax];
    }
    float[] bp = buf.b;
    // Element (i, p) of op(A) is a[i * rowStep + p * colStep]: the micro-kernel reads A in place.
    int rowStep = transposeA ? 1 : k;
    int colStep = transposeA ? m : 1;
    for (int jc = j0; jc < j1; jc += NC) {
      int nc = Math.min(NC, j1 - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        boolean first = pc == 0 && !accumulate;
        if (transposeB) {
          packBTransposed(b, bp, k, pc, kc, jc, nc);
        } else {
          packB(b, bp, n, pc, kc, jc, nc);
        }
        for (int ic = i0; ic < i1; ic += MC) {
          int icEnd = Math.min(i1, ic + MC);
          for (int jr = 0; jr < nc; jr += NR) {
            int cols = Math.min(NR, nc - jr);
            int bo = jr * kc;
            for (int ir = ic; ir < icEnd; ir += MR) {
              int rows = Math.min(MR, icEnd - ir);
              // Rows past the edge repeat the last one; their sums are not stored.
              int last = (rows - 1) * rowStep;
              micro(kc, a, ir * rowStep + pc * colStep, colStep, Math.min(rowStep, last),
                  Math.min(2 * rowStep, last), Math.min(3 * rowStep, last),
                  Math.min(4 * rowStep, last), Math.min(5 * rowStep, last), bp, bo, buf.tile);
              update(c, ir * n + jc + jr, n, rows, cols, first, buf.tile);
            }
          }
        }
      }
    }
  }

  private static int roundUp(int x, int to) {
    return (x + to - 1) / to * to;
  }

  // op(B) = B stored k x n: sliver s holds columns jc+s*NR.., p-major, NR per p, zero padded.
  // Plain loops (the JIT vectorizes the copies): vector code here would be one more place that
  // can fall back to the interpreter. packBTransposed takes that risk, in large products only,
  // because its scalar loops ran at half the speed.
  private static void packB(float[] b, float[] bp, int n, int pc, int kc, int jc, int nc) {
    for (int s = 0; s < nc; s += NR) {
      int cols = Math.min(NR, nc - s);
      int dst = s * kc;
      for (int p = 0; p < kc; p++) {
        int src = (pc + p) * n + jc + s;
        System.arraycopy(b, src, bp, dst, cols);
        for (int jj = cols; jj < NR; jj++) {
          bp[dst + jj] = 0;
        }
        dst += NR;
      }
    }
  }

  // op(B) = Bᵀ with B stored n x k: column j of op(B) is row j of B, so sliver s is the
  // transpose of rows jc+s.. of B, zero padded.
  private static void packBTransposed(
      float[] b, float[] bp, int k, int pc, int kc, int jc, int nc) {
    for (int s = 0; s < nc; s += NR) {
      int cols = Math.min(NR, nc - s);
      int base = s * kc;
      BlockTranspose32.transpose(b, (jc + s) * k + pc, k, cols, kc, bp, base, NR);
      if (cols < NR) {
        for (int p = 0; p < kc; p++) {
          Arrays.fill(bp, base + p * NR + cols, base + (p + 1) * NR, 0);
        }
      }
    }
  }

  // The product of MR rows of op(A), read in place (row r at ao + or, or = 0 for row 0, next p
  // colStep further on), and a packed B sliver over kc steps, into the MR x NR tile. Nothing but
  // the loop branches: a branch the profile has not seen would send the compiled code back to
  // the interpreter, where the Vector API is very slow.
  private static void micro(int kc, float[] a, int ao, int colStep, int o1, int o2, int o3,
      int o4, int o5, float[] bp, int bo, float[] tile) {
    FloatVector c00 = FloatVector.zero(S);
    FloatVector c01 = c00;
    FloatVector c02 = c00;
    FloatVector c10 = c00;
    FloatVector c11 = c00;
    FloatVector c12 = c00;
    FloatVector c20 = c00;
    FloatVector c21 = c00;
    FloatVector c22 = c00;
    FloatVector c30 = c00;
    FloatVector c31 = c00;
    FloatVector c32 = c00;
    FloatVector c40 = c00;
    FloatVector c41 = c00;
    FloatVector c42 = c00;
    FloatVector c50 = c00;
    FloatVector c51 = c00;
    FloatVector c52 = c00;
    for (int p = 0; p < kc; p++) {
      FloatVector b0 = FloatVector.fromArray(S, bp, bo);
      FloatVector b1 = FloatVector.fromArray(S, bp, bo + V);
      FloatVector b2 = FloatVector.fromArray(S, bp, bo + 2 * V);
      FloatVector x = FloatVector.broadcast(S, a[ao]);
      c00 = x.fma(b0, c00);
      c01 = x.fma(b1, c01);
      c02 = x.fma(b2, c02);
      x = FloatVector.broadcast(S, a[ao + o1]);
      c10 = x.fma(b0, c10);
      c11 = x.fma(b1, c11);
      c12 = x.fma(b2, c12);
      x = FloatVector.broadcast(S, a[ao + o2]);
      c20 = x.fma(b0, c20);
      c21 = x.fma(b1, c21);
      c22 = x.fma(b2, c22);
      x = FloatVector.broadcast(S, a[ao + o3]);
      c30 = x.fma(b0, c30);
      c31 = x.fma(b1, c31);
      c32 = x.fma(b2, c32);
      x = FloatVector.broadcast(S, a[ao + o4]);
      c40 = x.fma(b0, c40);
      c41 = x.fma(b1, c41);
      c42 = x.fma(b2, c42);
      x = FloatVector.broadcast(S, a[ao + o5]);
      c50 = x.fma(b0, c50);
      c51 = x.fma(b1, c51);
      c52 = x.fma(b2, c52);
      ao += colStep;
      bo += NR;
    }
    c00.intoArray(tile, 0);
    c01.intoArray(tile, V);
    c02.intoArray(tile, 2 * V);
    c10.intoArray(tile, NR);
    c11.intoArray(tile, NR + V);
    c12.intoArray(tile, NR + 2 * V);
    c20.intoArray(tile, 2 * NR);
    c21.intoArray(tile, 2 * NR + V);
    c22.intoArray(tile, 2 * NR + 2 * V);
    c30.intoArray(tile, 3 * NR);
    c31.intoArray(tile, 3 * NR + V);
    c32.intoArray(tile, 3 * NR + 2 * V);
    c40.intoArray(tile, 4 * NR);
    c41.intoArray(tile, 4 * NR + V);
    c42.intoArray(tile, 4 * NR + 2 * V);
    c50.intoArray(tile, 5 * NR);
    c51.intoArray(tile, 5 * NR + V);
    c52.intoArray(tile, 5 * NR + 2 * V);
  }

  // Stores (first) or adds rows x cols of the tile into C at co, row stride n; whole rows of
  // the tile as vectors.
  private static void update(float[] c, int co, int n, int rows, int cols, boolean first,
      float[] tile) {
    if (cols == NR) {
      for (int r = 0; r < rows; r++) {
        int ci = co + r * n;
        int ti = r * NR;
        FloatVector x0 = FloatVector.fromArray(S, tile, ti);
        FloatVector x1 = FloatVector.fromArray(S, tile, ti + V);
        FloatVector x2 = FloatVector.fromArray(S, tile, ti + 2 * V);
        if (!first) {
          x0 = x0.add(FloatVector.fromArray(S, c, ci));
          x1 = x1.add(FloatVector.fromArray(S, c, ci + V));
          x2 = x2.add(FloatVector.fromArray(S, c, ci + 2 * V));
        }
        x0.intoArray(c, ci);
        x1.intoArray(c, ci + V);
        x2.intoArray(c, ci + 2 * V);
      }
      return;
    }
    for (int r = 0; r < rows; r++) {
      int ci = co + r * n;
      int ti = r * NR;
      if (first) {
        for (int j = 0; j < cols; j++) {
          c[ci + j] = tile[ti + j];
        }
      } else {
        for (int j = 0; j < cols; j++) {
          c[ci + j] += tile[ti + j];
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small products: no packing, operands read in place.

  /** C = op(A) · op(B) for products too small to pay for packing; the calling thread only. */
  static void direct(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    if (!transposeB) {
      directRowsOfB(transposeA, m, n, k, a, b, c, accumulate);
    } else if (k >= MIN_DEPTH && n < 2 * V && m >= NARROW_ROWS) {
      narrowTransposedB(transposeA, m, n, k, a, b, c, accumulate);
    } else if (k >= MIN_DEPTH) {
      directRowsOfB(transposeA, m, n, k, a, transpose(b, n, k), c, accumulate);
    } else {
      JavaLoops32.gemmRows(transposeA, true, m, n, k, a, b, c, accumulate, 0, m);
    }
  }

  // op(B) = B (k x n): four rows of C at a time, two vectors of columns kept in registers over
  // all of p. A last group of fewer than four rows repeats its last row, whose sums are not
  // stored, so that every shape runs the same loops: a one-row loop for the last rows, which W2
  // runs only for its one-unit output layer, was compiled from that profile with the Vector
  // API's allocating fallbacks, and W3's ten-row output layer then spent 0.5 ms a step in it.
  private static void directRowsOfB(boolean transposeA, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    // Element (i, p) of op(A) is a[i * rowStep + p * colStep].
    int rowStep = transposeA ? 1 : k;
    int colStep = transposeA ? m : 1;
    for (int i = 0; i < m; i += 4) {
      int rows = Math.min(4, m - i);
      int last = (rows - 1) * rowStep;
      int o1 = Math.min(rowStep, last);
      int o2 = Math.min(2 * rowStep, last);
      int o3 = Math.min(3 * rowStep, last);
      int j = 0;
      for (; j + 2 * V <= n; j += 2 * V) {
        FloatVector s00 = FloatVector.zero(S);
        FloatVector s01 = s00;
        FloatVector s10 = s00;
        FloatVector s11 = s00;
        FloatVector s20 = s00;
        FloatVector s21 = s00;
        FloatVector s30 = s00;
        FloatVector s31 = s00;
        int ai = i * rowStep;
        for (int p = 0; p < k; p++) {
          int bo = p * n + j;
          FloatVector b0 = FloatVector.fromArray(S, b, bo);
          FloatVector b1 = FloatVector.fromArray(S, b, bo + V);
          FloatVector x = FloatVector.broadcast(S, a[ai]);
          s00 = x.fma(b0, s00);
          s01 = x.fma(b1, s01);
          x = FloatVector.broadcast(S, a[ai + o1]);
          s10 = x.fma(b0, s10);
          s11 = x.fma(b1, s11);
          x = FloatVector.broadcast(S, a[ai + o2]);
          s20 = x.fma(b0, s20);
          s21 = x.fma(b1, s21);
          x = FloatVector.broadcast(S, a[ai + o3]);
          s30 = x.fma(b0, s30);
          s31 = x.fma(b1, s31);
          ai += colStep;
        }
        int ci = i * n + j;
        put(c, ci, accumulate, s00, s01);
        if (rows > 1) {
          put(c, ci + n, accumulate, s10, s11);
        }
        if (rows > 2) {
          put(c, ci + 2 * n, accumulate, s20, s21);
        }
        if (rows > 3) {
          put(c, ci + 3 * n, accumulate, s30, s31);
        }
      }
      for (; j + V <= n; j += V) {
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        int ai = i * rowStep;
        for (int p = 0; p < k; p++) {
          FloatVector y = FloatVector.fromArray(S, b, p * n + j);
          s0 = FloatVector.broadcast(S, a[ai]).fma(y, s0);
          s1 = FloatVector.broadcast(S, a[ai + o1]).fma(y, s1);
          s2 = FloatVector.broadcast(S, a[ai + o2]).fma(y, s2);
          s3 = FloatVector.broadcast(S, a[ai + o3]).fma(y, s3);
          ai += colStep;
        }
        int ci = i * n + j;
        put(c, ci, accumulate, s0);
        if (rows > 1) {
          put(c, ci + n, accumulate, s1);
        }
        if (rows > 2) {
          put(c, ci + 2 * n, accumulate, s2);
        }
        if (rows > 3) {
          put(c, ci + 3 * n, accumulate, s3);
        }
      }
      // Fewer columns than a vector: four independent chains, one per row.
      for (; j < n; j++) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int ai = i * rowStep;
        for (int p = 0; p < k; p++) {
          float y = b[p * n + j];
          s0 = Math.fma(a[ai], y, s0);
          s1 = Math.fma(a[ai + o1], y, s1);
          s2 = Math.fma(a[ai + o2], y, s2);
          s3 = Math.fma(a[ai + o3], y, s3);
          ai += colStep;
        }
        int ci = i * n + j;
        set(c, ci, accumulate, s0);
        if (rows > 1) {
          set(c, ci + n, accumulate, s1);
        }
        if (rows > 2) {
          set(c, ci + 2 * n, accumulate, s2);
        }
        if (rows > 3) {
          set(c, ci + 3 * n, accumulate, s3);
        }
      }
    }
  }

  private static void put(float[] c, int ci, boolean accumulate, FloatVector x) {
    if (accumulate) {
      x = x.add(FloatVector.fromArray(S, c, ci));
    }
    x.intoArray(c, ci);
  }

  private static void put(float[] c, int ci, boolean accumulate, FloatVector x0,
      FloatVector x1) {
    if (accumulate) {
      x0 = x0.add(FloatVector.fromArray(S, c, ci));
      x1 = x1.add(FloatVector.fromArray(S, c, ci + V));
    }
    x0.intoArray(c, ci);
    x1.intoArray(c, ci + V);
  }

  // op(B) = Bᵀ with fewer columns than two vectors (an output layer's z = x · Wᵀ), which would
  // leave most of them to the scalar loop: the rows of C go along the vectors instead, NARROW_ROWS
  // at a time, from a copy of those rows of op(A) with p major (none needed when A is stored
  // transposed), two columns of C at a time. Each entry is the same chain of fused multiply-adds
  // over p as on the other direct paths, so the bits are the same whichever path runs.
  private static void narrowTransposedB(boolean transposeA, int m, int n, int k, float[] a,
      float[] b, float[] c, boolean accumulate) {
    Buffers buffers = BUFFERS.get();
    if (!transposeA && buffers.rowsOfA.length < k * NARROW_ROWS) {
      buffers.rowsOfA = new float[k * NARROW_ROWS];
    }
    float[] tile = buffers.narrowTile;
    int i0 = 0;
    for (; i0 + NARROW_ROWS <= m; i0 += NARROW_ROWS) {
      // Row r of the block at step p is x[xo + p * step + r].
      float[] x;
      int xo;
      int step;
      if (transposeA) {
        x = a;
        xo = i0;
        step = m;
      } else {
        x = buffers.rowsOfA;
        xo = 0;
        step = NARROW_ROWS;
        copyRowsPMajor(a, k, i0, x);
      }
      int j = 0;
      for (; j + 1 < n; j += 2) {
        narrowColumns(x, xo, step, b, j * k, (j + 1) * k, k, tile);
        storeNarrow(c, i0, j, n, 2, accumulate, tile);
      }
      if (j < n) {
        narrowColumns(x, xo, step, b, j * k, j * k, k, tile);
        storeNarrow(c, i0, j, n, 1, accumulate, tile);
      }
    }
    int rowStep = transposeA ? 1 : k;
    int colStep = transposeA ? m : 1;
    for (int i = i0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float sum = 0;
        int ai = i * rowStep;
        int bi = j * k;
        for (int p = 0; p < k; p++) {
          sum = Math.fma(a[ai], b[bi + p], sum);
          ai += colStep;
        }
        set(c, i * n + j, accumulate, sum);
      }
    }
  }

  // Rows i0.. i0 + NARROW_ROWS of A (m x k) into x, p major, in blocks of TP steps of p so that
  // the writes stay in L1. Scalar, as transpose below: with the block transposes in these small
  // products, W2 sigmoid float32 trained at half speed in some JVMs (JFR showed the Vector API's
  // fallbacks running).
  private static void copyRowsPMajor(float[] a, int k, int i0, float[] x) {
    for (int p0 = 0; p0 < k; p0 += TP) {
      int steps = Math.min(TP, k - p0);
      for (int r = 0; r < NARROW_ROWS; r++) {
        int src = (i0 + r) * k + p0;
        int dst = p0 * NARROW_ROWS + r;
        for (int q = 0; q < steps; q++) {
          x[dst] = a[src + q];
          dst += NARROW_ROWS;
        }
      }
    }
  }

  // Columns j0 and j1 of B's rows (at b0 and b1) against the NARROW_ROWS rows in x, into tile:
  // rows of column j0 first, then j1.
  private static void narrowColumns(float[] x, int xo, int step, float[] b, int b0, int b1,
      int k, float[] tile) {
    FloatVector s00 = FloatVector.zero(S);
    FloatVector s01 = s00;
    FloatVector s02 = s00;
    FloatVector s03 = s00;
    FloatVector s10 = s00;
    FloatVector s11 = s00;
    FloatVector s12 = s00;
    FloatVector s13 = s00;
    int xi = xo;
    for (int p = 0; p < k; p++) {
      FloatVector x0 = FloatVector.fromArray(S, x, xi);
      FloatVector x1 = FloatVector.fromArray(S, x, xi + V);
      FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * V);
      FloatVector x3 = FloatVector.fromArray(S, x, xi + 3 * V);
      FloatVector y = FloatVector.broadcast(S, b[b0 + p]);
      s00 = x0.fma(y, s00);
      s01 = x1.fma(y, s01);
      s02 = x2.fma(y, s02);
      s03 = x3.fma(y, s03);
      y = FloatVector.broadcast(S, b[b1 + p]);
      s10 = x0.fma(y, s10);
      s11 = x1.fma(y, s11);
      s12 = x2.fma(y, s12);
      s13 = x3.fma(y, s13);
      xi += step;
    }
    s00.intoArray(tile, 0);
    s01.intoArray(tile, V);
    s02.intoArray(tile, 2 * V);
    s03.intoArray(tile, 3 * V);
    s10.intoArray(tile, NARROW_ROWS);
    s11.intoArray(tile, NARROW_ROWS + V);
    s12.intoArray(tile, NARROW_ROWS + 2 * V);
    s13.intoArray(tile, NARROW_ROWS + 3 * V);
  }

  private static void storeNarrow(float[] c, int i0, int j, int n, int columns,
      boolean accumulate, float[] tile) {
    for (int q = 0; q < columns; q++) {
      for (int r = 0; r < NARROW_ROWS; r++) {
        set(c, (i0 + r) * n + j + q, accumulate, tile[q * NARROW_ROWS + r]);
      }
    }
  }

  // B (n x k) copied as Bᵀ (k x n) into this thread's buffer, so that the product runs the loops
  // along rows of B: faster than dot products, and each entry of C stays one chain of fused
  // multiply-adds over p, as on the other paths, whatever the vector width (dot products would
  // end in lane sums, whose order depends on it).
  private static float[] transpose(float[] b, int n, int k) {
    Buffers buffers = BUFFERS.get();
    if (buffers.transposedB.length < n * k) {
      buffers.transposedB = new float[n * k];
    }
    float[] bt = buffers.transposedB;
    for (int j = 0; j < n; j++) {
      int row = j * k;
      for (int p = 0; p < k; p++) {
        bt[p * n + j] = b[row + p];
      }
    }
    return bt;
  }

  private static void set(float[] c, int ci, boolean accumulate, float value) {
    c[ci] = accumulate ? c[ci] + value : value;
  }
}
