package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.ExperimentBuilder;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.registry.RegistryLoader;

class EngineTest {
  private static ExperimentConfig config() {
    return new ExperimentBuilder("engine")
        .seed(3)
        .inputs(2).hidden(256, 256).activation("tanh").outputs(3)
        .loss("cross_entropy")
        .optimizer("sgd", Map.of("learning_rate", 0.05))
        .epochs(2).batchSize(128)
        .set("data.synthetic", Map.of("name", "spiral", "samples", 600))
        .build();
  }

  private static double[] trainedWeights(Engine engine) {
    Experiment experiment = engine.prepare(config(), RegistryLoader.loadBuiltIns());
    assertTrue(engine.loop(experiment).run().succeeded());
    return experiment.network().parameters().stream().map(Parameter::values)
        .flatMapToDouble(java.util.Arrays::stream).toArray();
  }

  /** 128 x 256 x 256 multiply-adds per product: large enough to be split between threads. */
  @Test
  void trainsTheSameOnAnyNumberOfThreads() {
    double[] one = trainedWeights(Engine.threads(1));
    assertArrayEquals(one, trainedWeights(Engine.threads(3)));
    assertArrayEquals(one, trainedWeights(Engine.defaults()));
  }

  @Test
  void reportsItsThreadsAndRefusesFewerThanOne() {
    assertEquals(3, Engine.threads(3).threadCount());
    assertEquals(Runtime.getRuntime().availableProcessors(), Engine.defaults().threadCount());
    assertThrows(IllegalArgumentException.class, () -> Engine.threads(0));
  }
}
