package org.nnlab.core.config;

import java.util.List;
import org.nnlab.api.Precision;

/**
 * The {@code engine} section: how a run computes, which never changes what it means.
 *
 * @param precision the floating-point type of parameters, batches, gradients and optimizer state
 * @param backend which kernels compute the products ({@link #BACKENDS}); {@code auto} picks the
 *     fastest that can run here
 */
public record EngineConfig(Precision precision, String backend) {
  /** The backends a configuration may name. */
  public static final List<String> BACKENDS = List.of("auto", "java", "simd");

  /** The default backend. */
  public static final String DEFAULT_BACKEND = "auto";

  /** {@return float64 precision on the automatic backend} */
  public static EngineConfig defaults() {
    return new EngineConfig(Precision.FLOAT64, DEFAULT_BACKEND);
  }
}
