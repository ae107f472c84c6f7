package org.nnlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.init.Gaussian;

/**
 * Two-dimensional classification sets for experiments, generated from the run's seed. Every
 * point gets Gaussian noise of standard deviation {@code noise} on both coordinates.
 *
 * <ul>
 *   <li>{@code xor}: points uniform in [−1, 1]², class 1 where x·y &lt; 0.
 *   <li>{@code spiral}: {@code classes} interleaved arms, r from 0 to 1, each arm turning 4
 *       radians (the CS231n spiral).
 *   <li>{@code moons}: two interleaving half circles (as scikit-learn's {@code make_moons}).
 *   <li>{@code circles}: a circle of radius 1 around one of radius 0.5 (as scikit-learn's
 *       {@code make_circles} with factor 0.5).
 * </ul>
 */
final class SyntheticData {
  private SyntheticData() {}

  /** Memory a sample takes besides its numbers: the row array's header and reference. */
  private static final int ROW_OVERHEAD_BYTES = 32;

  static RawData generate(DataConfig.Synthetic spec, SplittableRandom random) {
    int n = spec.samples();
    int classes = spec.classes();
    DataLoader.checkMemory((16.0 * (2 + classes) + ROW_OVERHEAD_BYTES) * n, spec.location(),
        KeyPaths.child(spec.path(), "samples"), spec.name() + " with " + n + " samples");
    double[][] inputs = new double[n][2];
    int[] labels = new int[n];
    int sample = 0;
    for (int k = 0; k < classes; k++) {
      int count = n / classes + (k < n % classes ? 1 : 0);
      for (int i = 0; i < count; i++, sample++) {
        // A circle is closed, so its last point must not repeat its first.
        boolean closed = spec.name().equals("circles");
        double t = closed ? (double) i / count : count == 1 ? 0.0 : (double) i / (count - 1);
        point(spec.name(), k, t, inputs[sample], random);
        labels[sample] = spec.name().equals("xor") ? xorLabel(inputs[sample]) : k;
        inputs[sample][0] += spec.noise() * Gaussian.next(random);
        inputs[sample][1] += spec.noise() * Gaussian.next(random);
      }
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      names.add(Integer.toString(k));
    }
    RawData.Origin origin = new RawData.Origin(spec.location(), spec.path());
    return new RawData(inputs, null, labels, names,
        spec.name() + ", " + DataLoader.count(n, "sample") + ", "
            + DataLoader.count(classes, "class"), spec.name(),
        List.of("x", "y"), List.of(), origin, origin, r -> origin);
  }

  private static void point(String name, int k, double t, double[] out, SplittableRandom random) {
    switch (name) {
      case "xor" -> {
        out[0] = 2 * random.nextDouble() - 1;
        out[1] = 2 * random.nextDouble() - 1;
      }
      case "spiral" -> {
        double angle = (k + t) * 4.0;
        out[0] = t * StrictMath.sin(angle);
        out[1] = t * StrictMath.cos(angle);
      }
      case "moons" -> {
        double angle = Math.PI * t;
        out[0] = k == 0 ? StrictMath.cos(angle) : 1 - StrictMath.cos(angle);
        out[1] = k == 0 ? StrictMath.sin(angle) : 0.5 - StrictMath.sin(angle);
      }
      case "circles" -> {
        double angle = 2 * Math.PI * t;
        double radius = k == 0 ? 1.0 : 0.5;
        out[0] = radius * StrictMath.cos(angle);
        out[1] = radius * StrictMath.sin(angle);
      }
      default -> throw new IllegalArgumentException("unknown synthetic data set " + name);
    }
  }

  private static int xorLabel(double[] point) {
    return point[0] * point[1] < 0 ? 1 : 0;
  }
}
