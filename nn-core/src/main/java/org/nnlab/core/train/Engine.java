package org.nnlab.core.train;

import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.internal.kernel.Backend;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.Registry;

/**
 * Prepares and trains experiments on a chosen number of threads, for code outside the engine
 * (benchmark harnesses, programs that embed nnlab) that should not name its internal kernels.
 *
 * <pre>{@code
 * Engine engine = Engine.threads(2);
 * Experiment experiment = engine.prepare(config, RegistryLoader.loadBuiltIns());
 * TrainingResult result = engine.loop(experiment).run();
 * }</pre>
 *
 * <p>The thread count is how many threads share a large matrix product, the caller included.
 * Results do not depend on it: each output entry is computed by one thread, in the same order.
 */
public final class Engine {

  private final MatrixKernels kernels;
  private final int threads;

  private Engine(MatrixKernels kernels, int threads) {
    this.kernels = kernels;
    this.threads = threads;
  }

  /** The engine {@code nn train} uses: one thread per core. */
  public static Engine defaults() {
    return new Engine(Kernels.defaults(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * An engine that splits large products over {@code threads} threads.
   *
   * @param threads at least 1; 1 runs everything on the calling thread
   * @return the engine; engines of the same thread count share their worker threads
   */
  public static Engine threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    MatrixKernels kernels;
    if (threads == 1) {
      kernels = Kernels.singleThreaded();
    } else if (threads == Runtime.getRuntime().availableProcessors()) {
      kernels = Kernels.defaults();
    } else {
      kernels = Kernels.create(Backend.AUTO, threads);
    }
    return new Engine(kernels, threads);
  }

  /** How many threads share a large product. */
  public int threadCount() {
    return threads;
  }

  /**
   * Prepares an experiment, as {@link Experiment#prepare} does, on this engine's threads.
   *
   * @param config the validated configuration
   * @param registry where plugins are found
   * @return the experiment, ready to train
   */
  public Experiment prepare(ExperimentConfig config, Registry registry) {
    return Experiment.prepare(config, registry, kernels);
  }

  /**
   * The training loop {@code nn train} runs, on this engine's threads.
   *
   * @param experiment what to train, prepared by this engine
   * @return the loop, ready to run
   */
  public TrainingLoop loop(Experiment experiment) {
    return new TrainingLoop(experiment, experiment.kernels());
  }
}
