package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code sgd}: options {@code learning_rate} (default {@value #DEFAULT_LEARNING_RATE},
 * as in Keras) and {@code momentum} (default 0, in [0, 1)).
 */
@AutoService(OptimizerProvider.class)
public final class SgdProvider implements OptimizerProvider {
  /** The learning rate when the configuration gives none. */
  public static final double DEFAULT_LEARNING_RATE = 0.01;

  /** The momentum when the configuration gives none: plain SGD. */
  public static final double DEFAULT_MOMENTUM = 0.0;

  @Override
  public String name() {
    return "sgd";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "v = momentum * v + g; w = w - learning_rate * v";
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = options.number("learning_rate", DEFAULT_LEARNING_RATE);
    if (!(learningRate > 0)) {
      throw new InvalidOptionException("learning_rate", "a positive number", learningRate);
    }
    double momentum = options.number("momentum", DEFAULT_MOMENTUM);
    if (!(momentum >= 0 && momentum < 1)) {
      throw new InvalidOptionException("momentum", "a number in [0, 1)", momentum);
    }
    return new Sgd(learningRate, momentum);
  }
}
