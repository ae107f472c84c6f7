package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code rmsprop}: options {@code learning_rate} (0.01), {@code alpha} (0.99), {@code
 * eps} (1e-8), {@code momentum} (0), {@code centered} (false) and {@code weight_decay} (0),
 * PyTorch's defaults.
 */
@AutoService(OptimizerProvider.class)
public final class RmsPropProvider implements OptimizerProvider {
  private static final OptionDescription LEARNING_RATE =
      Settings.positive("learning_rate", "the step size η");
  private static final OptionDescription ALPHA =
      Settings.share("alpha", "α, the decay of the squared gradient's running mean");
  private static final OptionDescription EPS =
      Settings.positive("eps", "ε, added to the root of the mean for numerical stability");
  private static final OptionDescription MOMENTUM =
      Settings.share("momentum", "μ, the momentum of the scaled step; 0 for none");
  private static final OptionDescription CENTERED = OptionDescription.of("centered",
      "divide by the estimated standard deviation of g instead of its root mean square");
  private static final OptionDescription WEIGHT_DECAY =
      Settings.notNegative("weight_decay", "λ, added to the gradient as λ w (L2)");

  @Override
  public String name() {
    return "rmsprop";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "RMSprop: w -= learning_rate * g / (sqrt(mean of g^2) + eps), optionally centred and "
        + "with momentum";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(LEARNING_RATE, ALPHA, EPS, MOMENTUM, CENTERED, WEIGHT_DECAY);
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = Settings.number(options, LEARNING_RATE, 0.01);
    double alpha = Settings.number(options, ALPHA, 0.99);
    double eps = Settings.number(options, EPS, 1e-8);
    double momentum = Settings.number(options, MOMENTUM, 0.0);
    boolean centered = options.flag(CENTERED.key(), false);
    double weightDecay = Settings.number(options, WEIGHT_DECAY, 0.0);
    return new RmsProp(learningRate, alpha, eps, momentum, centered, weightDecay);
  }
}
