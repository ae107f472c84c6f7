package org.nnlab.bench;

import java.nio.file.Path;
import java.util.List;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.train.Experiment;

/**
 * The models the training benchmarks share, so that their numbers compare one to one.
 *
 * <ul>
 *   <li>{@code deep}: the vanishing-gradient example, 2 → 10 × 32 sigmoid → 3, 600 samples,
 *       batches of 32 (19 batches per epoch);
 *   <li>{@code wide}: 2 → 512 → 512 → 3 tanh, 4096 samples, batches of 256 (16 batches).
 * </ul>
 */
final class BenchModels {
  private static final String DEEP = """
      seed: 1
      model: {inputs: 2, hidden: [32, 32, 32, 32, 32, 32, 32, 32, 32, 32], activation: sigmoid,
              outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.01, momentum: 0.9}
      training: {epochs: 1, batch_size: 32}
      data: {synthetic: {name: spiral, samples: 600, noise: 0.05}}
      """;
  private static final String WIDE = """
      seed: 1
      model: {inputs: 2, hidden: [512, 512], activation: tanh, outputs: 3}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.01, momentum: 0.9}
      training: {epochs: 1, batch_size: 256}
      data: {synthetic: {name: spiral, samples: 4096, noise: 0.05}}
      """;

  private BenchModels() {}

  /** The configuration of {@code deep} or {@code wide}. */
  static String yaml(String model) {
    return switch (model) {
      case "deep" -> DEEP;
      case "wide" -> WIDE;
      default -> throw new IllegalArgumentException("unknown model " + model);
    };
  }

  /** Builds an experiment from a configuration text, with the built-in plugins. */
  static Experiment prepare(String yaml, MatrixKernels kernels) {
    return Experiment.prepare(ExperimentLoader.fromText(yaml, Path.of("bench.yaml"), List.of()),
        RegistryLoader.loadBuiltIns(), kernels);
  }
}
