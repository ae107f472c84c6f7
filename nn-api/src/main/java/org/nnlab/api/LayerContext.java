package org.nnlab.api;

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
   * the engine handles itself ({@code type}, {@code activation}, {@code init}) are not included.
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
}
