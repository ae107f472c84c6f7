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

  /** The streams of layers that draw while training (dropout), one per layer. */
  public static final long LAYERS = 4;

  /** The stream that holds a validation share of the data out of training. */
  public static final long VALIDATION_SPLIT = 5;

  /** The stream for generating synthetic validation data, distinct from the training data. */
  public static final long VALIDATION_DATA = 6;

  /** The streams of drawn biases, one per layer. */
  public static final long BIASES = 7;

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

  /**
   * Returns the seed of one layer's own random stream: derived from the run's seed and the
   * layer's position, and from nothing else, so adding data or layers elsewhere changes nothing.
   *
   * @param seed the run's seed
   * @param layer the 1-based layer index
   * @return the seed for a {@link RandomStream}
   */
  public static long layerSeed(long seed, int layer) {
    return perLayer(seed, LAYERS, layer);
  }

  /**
   * Returns one layer's bias stream: derived from the run's seed and the layer's position, and
   * from nothing else, so that drawing biases takes no number from the weights' init stream, and
   * a layer with given biases (or weights) changes no other layer's draws.
   *
   * @param seed the run's seed
   * @param layer the 1-based layer index
   * @return a new stream; equal arguments give equal streams
   */
  public static SplittableRandom biasStream(long seed, int layer) {
    return new SplittableRandom(perLayer(seed, BIASES, layer));
  }

  private static long perLayer(long seed, long purpose, int layer) {
    return mix(mix(seed * 0x9E3779B97F4A7C15L + purpose) + layer);
  }

  // SplitMix64's finaliser: nearby seeds give unrelated streams.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
