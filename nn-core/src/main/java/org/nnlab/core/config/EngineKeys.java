package org.nnlab.core.config;

import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Precision;

/** The keys of {@code engine}. */
public final class EngineKeys {
  private static final List<String> PRECISIONS =
      Arrays.stream(Precision.values()).map(Precision::configName).toList();

  /** {@code engine.precision}. */
  public static final ConfigKey<String> PRECISION = ConfigKey.choice("precision", "precision",
      PRECISIONS, Precision.FLOAT64.configName(),
      "float64 (exact diagnostics) or float32 (half the memory, twice the SIMD width): "
          + "parameters, batches, gradients and optimizer state; statistics stay float64");

  /** {@code engine.backend}. */
  public static final ConfigKey<String> BACKEND = ConfigKey.choice("backend", "backend",
      EngineConfig.BACKENDS, EngineConfig.DEFAULT_BACKEND,
      "the kernels that compute products: auto (the fastest that runs here), java (plain "
          + "loops) or simd (the Vector API)");

  /** The {@code engine} mapping. */
  public static final ConfigSection SECTION = ConfigSection.of("engine",
      "how the run computes: precision and kernels", PRECISION, BACKEND);

  private EngineKeys() {}

  static EngineConfig read(YamlNode node, String path) {
    Section engine = SECTION.section(node, path);
    engine.rejectUnknownKeys();
    Precision precision = Precision.named(PRECISION.readOrDefault(engine)).orElseThrow();
    return new EngineConfig(precision, BACKEND.readOrDefault(engine));
  }
}
