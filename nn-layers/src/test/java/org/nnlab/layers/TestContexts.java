package org.nnlab.layers;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.nnlab.api.LayerContext;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;

/** Layer contexts for this module's own tests: no weight draws, a seeded random stream. */
final class TestContexts {
  private TestContexts() {}

  static LayerContext of(int inputs, int maxRows, PluginOptions options, long seed) {
    return of(inputs, maxRows, options, seed, Precision.FLOAT64);
  }

  static LayerContext of(int inputs, int maxRows, PluginOptions options, long seed,
      Precision precision) {
    SplittableRandom random = new SplittableRandom(seed);
    return new LayerContext() {
      @Override
      public int inputSize() {
        return inputs;
      }

      @Override
      public PluginOptions options() {
        return options;
      }

      @Override
      public void initializeWeights(double[] weights, int fanIn, int fanOut) {
        throw new AssertionError("these layers draw no weights");
      }

      @Override
      public int maxBatchRows() {
        return maxRows;
      }

      @Override
      public RandomGenerator random() {
        return random;
      }

      @Override
      public Precision precision() {
        return precision;
      }
    };
  }
}
