package org.nnlab.core.config;

import java.util.List;

/** Bounds and defaults for sizes in a configuration, each defined once. */
public final class Limits {
  /** The most units a dense layer may have, in either form of the model. */
  public static final int MAX_UNITS = 1_000_000;

  /** The synthetic data sets. */
  public static final List<String> DATASETS = List.of("circles", "moons", "spiral", "xor");

  /** The most samples a synthetic data set may have. */
  public static final int MAX_SAMPLES = 10_000_000;

  /** Samples of a synthetic data set when none are given. */
  public static final int DEFAULT_SAMPLES = 300;

  /** Noise of a synthetic data set when none is given. */
  public static final double DEFAULT_NOISE = 0.1;

  /** The most classes a synthetic spiral may have. */
  public static final int MAX_CLASSES = 1000;

  private Limits() {}
}
