package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code adagrad}: options {@code learning_rate} (0.01), {@code lr_decay} (0), {@code
 * eps} (1e-10) and {@code weight_decay} (0), PyTorch's defaults.
 */
@AutoService(OptimizerProvider.class)
public final class AdagradProvider implements OptimizerProvider {
  private static final OptionDescription LEARNING_RATE =
      Settings.positive("learning_rate", "the step size η");
  private static final OptionDescription LR_DECAY = Settings.notNegative("lr_decay",
      "δ: step t uses η / (1 + (t − 1) δ)");
  private static final OptionDescription EPS =
      Settings.positive("eps", "ε, added to the root of the sum for numerical stability");
  private static final OptionDescription WEIGHT_DECAY =
      Settings.notNegative("weight_decay", "λ, added to the gradient as λ w (L2)");

  @Override
  public String name() {
    return "adagrad";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "Adagrad: w -= learning_rate * g / (sqrt(sum of g^2) + eps)";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(LEARNING_RATE, LR_DECAY, EPS, WEIGHT_DECAY);
  }

  @Override
  public Optimizer create(PluginOptions options) {
    double learningRate = Settings.number(options, LEARNING_RATE, 0.01);
    double decay = Settings.number(options, LR_DECAY, 0.0);
    double eps = Settings.number(options, EPS, 1e-10);
    double weightDecay = Settings.number(options, WEIGHT_DECAY, 0.0);
    return new Adagrad(learningRate, decay, eps, weightDecay);
  }
}
