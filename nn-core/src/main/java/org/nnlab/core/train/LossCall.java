package org.nnlab.core.train;

import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.core.model.NonFinite;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.ProviderInfo;

/**
 * The run's loss with its provider: whatever the loss throws names it, and so does a loss that
 * is not built in and makes NaN or infinity from finite outputs.
 */
final class LossCall {
  private static final String EVALUATE = "evaluate()";

  private final Loss loss;
  private final ProviderInfo plugin;

  LossCall(Loss loss, ProviderInfo plugin) {
    this.loss = loss;
    this.plugin = plugin;
  }

  /** The batch-mean loss; overwrites {@code gradient} with its derivative. */
  double evaluate(Matrix output, Matrix target, Matrix gradient) {
    try {
      return loss.evaluate(output, target, gradient);
    } catch (Throwable e) {
      throw PluginCallException.threw(plugin, EVALUATE, 0, e);
    }
  }

  /**
   * Checks a loss value that is not finite, computed from finite outputs.
   *
   * @throws PluginCallException when the loss is not built in
   */
  void checkValue(double value) {
    NonFinite.check(plugin, EVALUATE, 0, new double[] {value}, 1, "a loss");
  }

  /**
   * Checks the gradient the loss wrote for finite outputs.
   *
   * @return whether it is finite
   * @throws PluginCallException when it is not and the loss is not built in
   */
  boolean checkGradient(Matrix gradient) {
    return NonFinite.check(plugin, EVALUATE, 0, gradient.data(), gradient.size(), "a gradient");
  }
}
