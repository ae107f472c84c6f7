package org.nnlab.core.model;

/**
 * Copies between {@code double} and {@code float} arrays: rounded to the nearest float, or
 * widened, which is exact. The one place of the float32 paths' conversions, so that every copy
 * rounds the same way.
 */
public final class FloatArrays {
  private FloatArrays() {}

  /** Writes {@code to[i] = (float) from[i]} for the first {@code count} entries. */
  public static void round(double[] from, float[] to, int count) {
    for (int i = 0; i < count; i++) {
      to[i] = (float) from[i];
    }
  }

  /** {@return a new array of every entry of {@code from} rounded to float} */
  public static float[] rounded(double[] from) {
    float[] to = new float[from.length];
    round(from, to, from.length);
    return to;
  }

  /** Writes {@code to[i] = from[i]} for the first {@code count} entries, exactly. */
  public static void widen(float[] from, double[] to, int count) {
    for (int i = 0; i < count; i++) {
      to[i] = from[i];
    }
  }
}
