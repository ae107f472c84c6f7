package org.nnlab.core.init;

import java.util.SplittableRandom;

/**
 * Standard normal draws by the Box–Muller transform, computed with {@link StrictMath} so that a
 * seed gives the same numbers on every JVM and platform.
 */
public final class Gaussian {
  private Gaussian() {}

  /** Draws one value from N(0, 1). */
  public static double next(SplittableRandom random) {
    double u = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }
}
