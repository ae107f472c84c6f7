package org.nnlab.core.init;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How a layer's weights are drawn before training. With fan-in {@code i} and fan-out {@code o}:
 *
 * <ul>
 *   <li>{@code standard}: U[−1/√i, 1/√i] (the classic LeCun-style range; PyTorch's default
 *       {@code Linear} initialisation has the same bound)
 *   <li>{@code xavier_uniform}: U[−a, a], a = √(6 / (i + o)) (Glorot and Bengio, 2010)
 *   <li>{@code xavier_normal}: N(0, 2 / (i + o))
 *   <li>{@code he_uniform}: U[−a, a], a = √(6 / i) (He et al., 2015), for ReLU
 *   <li>{@code he_normal}: N(0, 2 / i)
 *   <li>{@code lecun_uniform}: U[−a, a], a = √(3 / i) (LeCun et al., 1998)
 *   <li>{@code lecun_normal}: N(0, 1 / i), for {@code selu} (Klambauer et al., 2017)
 *   <li>{@code orthogonal}: the rows (or columns, whichever are fewer) of the weight matrix are
 *       orthonormal: Q of the QR decomposition of a standard normal matrix, signs fixed by R's
 *       diagonal, as PyTorch's {@code orthogonal_} with gain 1 (Saxe et al., 2014)
 *   <li>{@code zeros}: every weight 0 (useful for tests and biases, not for hidden layers)
 * </ul>
 *
 * <p>Normal draws are exact normals (no truncation), as PyTorch's {@code normal_} based schemes.
 */
public enum InitScheme {
  STANDARD("standard"),
  XAVIER_UNIFORM("xavier_uniform"),
  XAVIER_NORMAL("xavier_normal"),
  HE_UNIFORM("he_uniform"),
  HE_NORMAL("he_normal"),
  LECUN_UNIFORM("lecun_uniform"),
  LECUN_NORMAL("lecun_normal"),
  ORTHOGONAL("orthogonal"),
  ZEROS("zeros");

  /** The scheme used when a configuration names none. */
  public static final InitScheme DEFAULT = XAVIER_UNIFORM;

  private final String configName;

  InitScheme(String configName) {
    this.configName = configName;
  }

  /** The name a configuration uses, such as {@code xavier_uniform}. */
  public String configName() {
    return configName;
  }

  /** Every configuration name, in declaration order. */
  public static List<String> configNames() {
    return Arrays.stream(values()).map(InitScheme::configName).toList();
  }

  /** Finds a scheme by its configuration name. */
  public static Optional<InitScheme> byName(String name) {
    return Arrays.stream(values()).filter(s -> s.configName.equals(name)).findFirst();
  }

  /**
   * Overwrites {@code weights} with draws from this scheme.
   *
   * @param weights the array to fill
   * @param fanIn inputs per unit
   * @param fanOut units per input
   * @param random the seeded stream to draw from
   */
  public void fill(double[] weights, int fanIn, int fanOut, SplittableRandom random) {
    switch (this) {
      case STANDARD -> uniform(weights, 1.0 / Math.sqrt(fanIn), random);
      case XAVIER_UNIFORM -> uniform(weights, Math.sqrt(6.0 / (fanIn + fanOut)), random);
      case XAVIER_NORMAL -> normal(weights, Math.sqrt(2.0 / (fanIn + fanOut)), random);
      case HE_UNIFORM -> uniform(weights, Math.sqrt(6.0 / fanIn), random);
      case HE_NORMAL -> normal(weights, Math.sqrt(2.0 / fanIn), random);
      case LECUN_UNIFORM -> uniform(weights, Math.sqrt(3.0 / fanIn), random);
      case LECUN_NORMAL -> normal(weights, Math.sqrt(1.0 / fanIn), random);
      case ORTHOGONAL -> Orthogonal.fill(weights, fanOut, fanIn, random);
      case ZEROS -> Arrays.fill(weights, 0.0);
    }
  }

  private static void uniform(double[] weights, double bound, SplittableRandom random) {
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (2 * random.nextDouble() - 1) * bound;
    }
  }

  private static void normal(double[] weights, double deviation, SplittableRandom random) {
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Gaussian.next(random) * deviation;
    }
  }
}
