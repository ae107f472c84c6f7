package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
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

  /** {@code learning_rate}: η, greater than 0. */
  static final OptionDescription LEARNING_RATE =
      OptionDescription.of("learning_rate", "the step size η").greaterThan(0);

  /** {@code momentum}: μ, in [0, 1). */
  static final OptionDescription MOMENTUM = OptionDescription.of("momentum",
      "the share μ of the velocity kept from step to step; 0 is plain SGD").atLeast(0).lessThan(1);

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
  public List<OptionDescription> describeOptions() {
    return List.of(LEARNING_RATE, MOMENTUM);
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = options.number(LEARNING_RATE.key(), DEFAULT_LEARNING_RATE);
    if (!LEARNING_RATE.accepts(learningRate)) {
      throw new InvalidOptionException(LEARNING_RATE.key(), "a positive number", learningRate);
    }
    double momentum = options.number(MOMENTUM.key(), DEFAULT_MOMENTUM);
    if (!MOMENTUM.accepts(momentum)) {
      throw new InvalidOptionException(MOMENTUM.key(), "a number in [0, 1)", momentum);
    }
    return new Sgd(learningRate, momentum);
  }
}
