package org.nnlab.core.init;

import java.util.SplittableRandom;

/**
 * Derives an independent random stream per purpose from a run's seed, so that, say, changing the
 * data set's size does not change the initial weights.
 */
public final class Seeds {
  /** The stream for weight initialisation. */
  public static final long INIT = 1;

  /** The stream for shuffling the data each epoch. */
  public static final long SHUFFLE = 2;

  /** The stream for generating synthetic data. */
  public static final long DATA = 3;

  private Seeds() {}

  /**
   * Returns the stream for one purpose of one seed.
   *
   * @param seed the run's seed
   * @param purpose one of the constants of this class
   * @return a new stream; equal arguments give equal streams
   */
  public static SplittableRandom stream(long seed, long purpose) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + purpose));
  }

  // SplitMix64's finaliser: nearby seeds give unrelated streams.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
