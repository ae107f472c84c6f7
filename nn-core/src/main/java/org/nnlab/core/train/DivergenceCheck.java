package org.nnlab.core.train;

import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;

/**
 * Stops training at the first value that is not finite: the loss, a layer's gradient, or a
 * parameter after the step (which is then undone), naming the layer and what went wrong.
 */
public final class DivergenceCheck implements TrainingListener {

  @Override
  public void afterLoss(Batch batch) {
    if (!Double.isFinite(batch.loss())) {
      batch.diverge(forwardDivergence(batch));
    }
  }

  @Override
  public void afterBackward(Batch batch) {
    List<NetworkLayer> layers = batch.network().layers();
    int bad = -1;
    for (int l = 0; l < layers.size(); l++) {
      if (!gradientsFinite(batch, l)) {
        bad = l;
      }
    }
    if (bad >= 0) {
      batch.diverge(new Divergence(batch.epoch(), batch.index(), bad + 1,
          gradientProblem(layers.get(bad))));
    }
  }

  @Override
  public void afterStep(Batch batch) {
    for (int l = 0; l < batch.network().layers().size(); l++) {
      if (!valuesFinite(batch, l)) {
        batch.diverge(new Divergence(batch.epoch(), batch.index(), l + 1,
            "the optimizer step made the parameters overflow to Inf or NaN"));
        return;
      }
    }
  }

  // Sums by role, as the gradient norms are, so an overflowing sum of finite squares counts too.
  private static boolean gradientsFinite(Batch batch, int layer) {
    List<Parameter> parameters = batch.network().layers().get(layer).layer().parameters();
    double weights = 0;
    double biases = 0;
    int first = batch.firstParameter(layer);
    for (int i = 0; i < parameters.size(); i++) {
      double squares = batch.gradientSquares(first + i);
      if (parameters.get(i).role() == ParameterRole.WEIGHTS) {
        weights += squares;
      } else {
        biases += squares;
      }
    }
    return Double.isFinite(weights) && Double.isFinite(biases);
  }

  private static boolean valuesFinite(Batch batch, int layer) {
    int first = batch.firstParameter(layer);
    int count = batch.network().layers().get(layer).layer().parameters().size();
    for (int i = 0; i < count; i++) {
      if (!Double.isFinite(batch.valueSquares(first + i))) {
        return false;
      }
    }
    return true;
  }

  private static Divergence forwardDivergence(Batch batch) {
    Network network = batch.network();
    for (int l = 0; l < network.layers().size(); l++) {
      Matrix out = network.layers().get(l).output();
      for (int i = 0; i < out.size(); i++) {
        if (!Double.isFinite(out.data()[i])) {
          return new Divergence(batch.epoch(), batch.index(), l + 1,
              "the forward pass produced " + describe(out.data()[i]));
        }
      }
    }
    return new Divergence(batch.epoch(), batch.index(), 0, "the loss is " + describe(batch.loss()));
  }

  private static String gradientProblem(NetworkLayer layer) {
    for (Parameter parameter : layer.layer().parameters()) {
      for (double g : parameter.gradients()) {
        if (!Double.isFinite(g)) {
          return "the " + parameter.name() + " gradient is " + describe(g);
        }
      }
    }
    return "the gradient's norm overflowed (its entries are finite but too large to square)";
  }

  private static String describe(double value) {
    return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  }
}
