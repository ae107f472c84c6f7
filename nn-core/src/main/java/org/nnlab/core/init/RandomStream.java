package org.nnlab.core.init;

import java.util.random.RandomGenerator;

/**
 * A seeded random stream whose position can be read and restored, so that a checkpoint can
 * save where a layer's stream stands and a resumed run draws exactly what an uninterrupted one
 * would. SplitMix64 (Steele, Lea and Flood, 2014): the state is one {@code long}, advanced by a
 * fixed odd constant and scrambled on output; every other draw ({@code nextDouble},
 * {@code nextGaussian}...) comes from {@link #nextLong()} through {@link RandomGenerator}'s
 * own, platform-independent algorithms.
 */
public final class RandomStream implements RandomGenerator {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  /**
   * Creates a stream at its start.
   *
   * @param seed any value; equal seeds give equal streams
   */
  public RandomStream(long seed) {
    this.state = seed;
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Where the stream stands: restoring this value makes it draw the same numbers again. */
  public long position() {
    return state;
  }

  /** Moves the stream back (or on) to a position read with {@link #position()}. */
  public void restore(long position) {
    state = position;
  }
}
