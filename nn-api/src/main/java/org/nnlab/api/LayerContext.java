package org.nnlab.api;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * What a {@link LayerProvider} needs to build one layer of a model.
 *
 * <p>Supplied by the engine; valid only during {@link LayerProvider#create}.
 */
public interface LayerContext {

  /**
   * The number of input features the layer receives: the model's inputs for the first layer, the
   * previous layer's output size otherwise.
   *
   * @return at least 1
   */
  int inputSize();

  /**
   * The layer's options from the configuration, such as {@code units} or {@code weights}. The keys
   * the engine handles itself ({@code type}, {@code activation}, {@code init}, {@code
   * bias_init}, {@code residual}) are not included.
   *
   * @return the options, never {@code null}
   */
  PluginOptions options();

  /**
   * Fills a weight array with random initial values drawn by the model's weight initialisation
   * scheme (for example Xavier or He) from the run's seeded random stream.
   *
   * <p>Calls are reproducible: the same configuration and seed give the same values.
   *
   * @param weights the array to overwrite
   * @param fanIn the number of inputs feeding each unit
   * @param fanOut the number of units fed by each input
   */
  void initializeWeights(double[] weights, int fanIn, int fanOut);

  /**
   * Fills a bias array with the initial values of the model's bias initialisation scheme:
   * zeros by default, or drawn (PyTorch's {@code nn.Linear} bias, U[−1/√fanIn, 1/√fanIn]) when
   * the configuration asks for it. A layer whose biases are not given explicitly calls this
   * instead of leaving them at 0.
   *
   * <p>Drawn biases come from a stream of their own, derived from the run's seed and the layer's
   * position: calls are reproducible, and take no number from {@link #initializeWeights}'s
   * stream, so asking for biases changes no weights.
   *
   * <p>The default body, for contexts written before 2.2, fills zeros.
   *
   * @param biases the array to overwrite, one value per unit
   * @param fanIn the number of inputs feeding each unit
   * @param fanOut the number of units, as for the weights
   * @since 2.2
   */
  default void initializeBiases(double[] biases, int fanIn, int fanOut) {
    Arrays.fill(biases, 0.0);
  }

  /**
   * The largest number of rows a batch given to this layer will have, so that a layer can
   * allocate its own per-batch buffers (a dropout mask, say) once.
   *
   * @return at least 1
   */
  int maxBatchRows();

  /**
   * This layer's own random stream, for layers that draw random numbers while training (dropout
   * masks). It is derived from the run's seed and the layer's position, so the same
   * configuration and seed draw the same numbers, and its position is saved with a checkpoint
   * so that a resumed run draws what an uninterrupted one would. Draw from it only in {@link
   * Mode#TRAINING}, and only from the layer's own methods (not from other threads).
   *
   * <p>Weight initialisation does not use this stream; it has {@link #initializeWeights}.
   *
   * @return the stream, the same object on every call; unlike the context itself it stays valid
   *     for the whole run, so a layer keeps it
   */
  RandomGenerator random();

  /**
   * The precision the run computes in: a layer that {@linkplain Layer#supports supports} it
   * creates its parameters in it.
   *
   * @return the run's precision; {@link Precision#FLOAT64} unless the configuration says otherwise
   * @since 2.3
   */
  default Precision precision() {
    return Precision.FLOAT64;
  }

  /**
   * Fills float weights as {@link #initializeWeights(double[], int, int)} would fill doubles, each
   * rounded to the nearest float, so that a {@code float32} run starts from the same draws.
   *
   * @param weights the array to fill
   * @param fanIn inputs per unit
   * @param fanOut units
   * @since 2.3
   */
  default void initializeWeights(float[] weights, int fanIn, int fanOut) {
    double[] drawn = new double[weights.length];
    initializeWeights(drawn, fanIn, fanOut);
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) drawn[i];
    }
  }

  /**
   * Fills float biases as {@link #initializeBiases(double[], int, int)} would fill doubles, each
   * rounded to the nearest float.
   *
   * @param biases the array to fill
   * @param fanIn inputs per unit
   * @param fanOut units
   * @since 2.3
   */
  default void initializeBiases(float[] biases, int fanIn, int fanOut) {
    double[] drawn = new double[biases.length];
    initializeBiases(drawn, fanIn, fanOut);
    for (int i = 0; i < biases.length; i++) {
      biases[i] = (float) drawn[i];
    }
  }
}
