package org.nnlab.core.train;

import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.model.NonFinite;
import org.nnlab.core.registry.PluginCallException;

/**
 * Stops training at the first value that is not finite: the loss, a layer's gradient, or a
 * parameter after the step (which is then undone), naming the layer and what went wrong. When a
 * plugin that is not built in made such a value from finite inputs, the plugin is at fault
 * rather than the run: it is named with a {@link PluginCallException}.
 */
final class DivergenceCheck implements TrainingListener {
  private final LossCall loss;
  private final OptimizerStepper stepper;
  private final Matrix outputGradient;

  DivergenceCheck(LossCall loss, OptimizerStepper stepper, Matrix outputGradient) {
    this.loss = loss;
    this.stepper = stepper;
    this.outputGradient = outputGradient;
  }

  @Override
  public void afterLoss(Batch batch) {
    if (!Double.isFinite(batch.loss())) {
      batch.diverge(forwardDivergence(batch));
    }
  }

  @Override
  public void afterBackward(Batch batch) {
    int bad = -1;
    for (int l = 0, count = batch.layerCount(); l < count; l++) {
      if (!gradientsFinite(batch, l)) {
        bad = l;
      }
    }
    if (bad >= 0) {
      List<NetworkLayer> layers = batch.network().layers();
      checkBackward(layers);
      batch.diverge(new Divergence(batch.epoch(), batch.index(), bad + 1,
          gradientProblem(layers.get(bad))));
    }
  }

  // Follows the gradient from the loss back to the first layer, to the first value that is not
  // finite: when a plugin made it from finite values, the plugin is named.
  private void checkBackward(List<NetworkLayer> layers) {
    if (!loss.checkGradient(outputGradient)) {
      return;
    }
    for (int l = layers.size() - 1; l >= 0 && layers.get(l).checkBackward(); l--) {
      // Each layer's input gradient is the next one's output gradient.
    }
  }

  @Override
  public void afterStep(Batch batch) {
    for (int l = 0, layers = batch.layerCount(); l < layers; l++) {
      if (!valuesFinite(batch, l)) {
        int count = batch.network().layers().get(l).parameters().size();
        stepper.undoAfterNonFinite(l + 1, batch.firstParameter(l), count);
        batch.diverge(new Divergence(batch.epoch(), batch.index(), l + 1,
            "the optimizer step made the parameters overflow to Inf or NaN"));
        return;
      }
    }
  }

  // Sums by role, as the gradient norms are, so an overflowing sum of finite squares counts too.
  private static boolean gradientsFinite(Batch batch, int layer) {
    double weights = 0;
    double biases = 0;
    for (int p = batch.firstParameter(layer), end = batch.firstParameter(layer + 1); p < end;
        p++) {
      double squares = batch.gradientSquares(p);
      if (batch.isWeights(p)) {
        weights += squares;
      } else {
        biases += squares;
      }
    }
    return Double.isFinite(weights) && Double.isFinite(biases);
  }

  private static boolean valuesFinite(Batch batch, int layer) {
    for (int p = batch.firstParameter(layer), end = batch.firstParameter(layer + 1); p < end;
        p++) {
      if (!Double.isFinite(batch.valueSquares(p))) {
        return false;
      }
    }
    return true;
  }

  private Divergence forwardDivergence(Batch batch) {
    Network network = batch.network();
    for (int l = 0; l < network.layers().size(); l++) {
      network.layers().get(l).checkForward();
      Matrix out = network.layers().get(l).output();
      int bad = NonFinite.first(out);
      if (bad >= 0) {
        return new Divergence(batch.epoch(), batch.index(), l + 1,
            "the forward pass produced "
                + NonFinite.describe(out.get(bad / out.cols(), bad % out.cols())));
      }
    }
    loss.checkValue(batch.loss());
    return new Divergence(batch.epoch(), batch.index(), 0,
        "the loss is " + NonFinite.describe(batch.loss()));
  }

  private static String gradientProblem(NetworkLayer layer) {
    for (Parameter parameter : layer.layer().parameters()) {
      int bad = NonFinite.firstGradient(parameter);
      if (bad >= 0) {
        return "the " + parameter.name() + " gradient is "
            + NonFinite.describe(parameter.gradient(bad));
      }
    }
    return "the gradient's norm overflowed (its entries are finite but too large to square)";
  }
}
