package org.nnlab.api;

import java.util.Optional;

/**
 * The floating-point type a run computes in: its parameters, the batches flowing between layers,
 * gradients and optimizer state. Chosen by {@code engine.precision} in the configuration.
 *
 * <p>{@link #FLOAT64} (the default) keeps the exact diagnostics nnlab is checked for;
 * {@link #FLOAT32} halves the memory and doubles the SIMD width, as every other framework offers.
 * Statistics and reports are {@code double} numbers in both.
 *
 * @since 2.3
 */
public enum Precision {
  /** IEEE 754 binary64: {@code double[]} arrays. */
  FLOAT64("float64"),
  /** IEEE 754 binary32: {@code float[]} arrays. */
  FLOAT32("float32");

  private final String configName;

  Precision(String configName) {
    this.configName = configName;
  }

  /** {@return the name used in configurations and on the command line, such as "float32"} */
  public String configName() {
    return configName;
  }

  /**
   * Finds a precision by its configuration name.
   *
   * @param name a name such as {@code "float32"}
   * @return the precision, or empty when the name is none of them
   */
  public static Optional<Precision> named(String name) {
    for (Precision precision : values()) {
      if (precision.configName.equals(name)) {
        return Optional.of(precision);
      }
    }
    return Optional.empty();
  }
}
