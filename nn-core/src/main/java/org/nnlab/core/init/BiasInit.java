package org.nnlab.core.init;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How a layer's biases are drawn before training, with fan-in {@code i} = the layer's inputs:
 *
 * <ul>
 *   <li>{@code zeros}: every bias 0 (Keras's default; nothing is drawn)
 *   <li>{@code standard}: U[−1/√i, 1/√i], PyTorch's default bias of {@code nn.Linear}, the same
 *       bound as the weights' {@link InitScheme#STANDARD standard} scheme
 * </ul>
 *
 * <p>The other weight schemes are not bias schemes: {@code orthogonal} is undefined for a
 * vector, and for the fan-based ones PyTorch has no bias counterpart while Keras computes a
 * bias vector's fans from its own length, not from the layer's inputs.
 */
public enum BiasInit {
  ZEROS("zeros"),
  STANDARD("standard");

  /** The scheme used when a configuration names none: biases start at 0. */
  public static final BiasInit DEFAULT = ZEROS;

  private final String configName;

  BiasInit(String configName) {
    this.configName = configName;
  }

  /** The name a configuration uses, such as {@code standard}. */
  public String configName() {
    return configName;
  }

  /** Every configuration name, in declaration order. */
  public static List<String> configNames() {
    return Arrays.stream(values()).map(BiasInit::configName).toList();
  }

  /** Finds a scheme by its configuration name. */
  public static Optional<BiasInit> byName(String name) {
    return Arrays.stream(values()).filter(s -> s.configName.equals(name)).findFirst();
  }

  /** Whether this scheme draws random numbers ({@code zeros} draws none). */
  public boolean draws() {
    return this != ZEROS;
  }

  /**
   * Overwrites {@code biases} with draws from this scheme.
   *
   * @param biases the array to fill, one per unit
   * @param fanIn the layer's inputs
   * @param random the layer's own bias stream; {@code zeros} does not touch it
   */
  public void fill(double[] biases, int fanIn, SplittableRandom random) {
    switch (this) {
      case ZEROS -> Arrays.fill(biases, 0.0);
      case STANDARD -> InitScheme.STANDARD.fill(biases, fanIn, biases.length, random);
    }
  }
}
