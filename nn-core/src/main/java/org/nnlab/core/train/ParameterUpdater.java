package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NonFinite;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.ProviderInfo;

/**
 * Applies the optimizer to every parameter of a network, keeping each parameter's optimizer
 * state and a copy of its values from before the step, so that the change can be measured and
 * undone.
 *
 * <p>The optimizer is a plugin, built in or not: what it throws names it and the layer, after
 * the step is undone, so the network keeps its values from before the batch.
 */
final class ParameterUpdater {
  private final Optimizer optimizer;
  private final ProviderInfo plugin;
  private final List<List<Parameter>> layers = new ArrayList<>();
  private final double[][][] before;
  private List<List<OptimizerState>> states;

  ParameterUpdater(Network network, Optimizer optimizer, ProviderInfo plugin) {
    this.optimizer = optimizer;
    this.plugin = plugin;
    int count = network.layers().size();
    this.before = new double[count][][];
    for (int l = 0; l < count; l++) {
      List<Parameter> parameters = network.layers().get(l).parameters();
      layers.add(parameters);
      before[l] = new double[parameters.size()][];
      for (int p = 0; p < parameters.size(); p++) {
        before[l][p] = new double[parameters.get(p).size()];
      }
    }
  }

  /** Copies every parameter's values, then lets the optimizer update each. */
  void step() {
    if (states == null) {
      states = newStates();
    }
    for (int l = 0; l < layers.size(); l++) {
      List<Parameter> parameters = layers.get(l);
      for (int p = 0; p < parameters.size(); p++) {
        System.arraycopy(parameters.get(p).values(), 0, before[l][p], 0,
            parameters.get(p).size());
      }
    }
    for (int l = 0; l < layers.size(); l++) {
      List<Parameter> parameters = layers.get(l);
      for (int p = 0; p < parameters.size(); p++) {
        OptimizerState state = states.get(l).get(p);
        state.advance();
        try {
          optimizer.update(parameters.get(p), state);
        } catch (Throwable e) {
          undo();
          throw PluginCallException.threw(plugin, "update()", l + 1, e);
        }
      }
    }
  }

  // Allocated at the first step, so that a plugin's stateArrays() fails inside training.
  private List<List<OptimizerState>> newStates() {
    int arrays;
    try {
      arrays = optimizer.stateArrays();
    } catch (Throwable e) {
      throw PluginCallException.threw(plugin, "stateArrays()", 0, e);
    }
    if (arrays < 0) {
      throw PluginCallException.broke(plugin, 0,
          "stateArrays() returned " + arrays + ", expected 0 or more");
    }
    List<List<OptimizerState>> all = new ArrayList<>();
    for (List<Parameter> parameters : layers) {
      List<OptimizerState> layerStates = new ArrayList<>();
      for (Parameter parameter : parameters) {
        layerStates.add(new OptimizerState(arrays, parameter.size()));
      }
      all.add(layerStates);
    }
    return all;
  }

  /** The values of layer {@code l}'s parameters before the last step, in parameter order. */
  double[][] before(int l) {
    return before[l];
  }

  /** The parameters of layer {@code l}. */
  List<Parameter> parameters(int l) {
    return layers.get(l);
  }

  /** The number of layers. */
  int layerCount() {
    return layers.size();
  }

  /**
   * Undoes a step after which layer {@code l} holds a value that is not finite.
   *
   * @throws PluginCallException when the optimizer is not built in: its values and gradients
   *     were finite, so the optimizer made that value
   */
  void undoAfterNonFinite(int l) {
    String what = null;
    for (Parameter parameter : layers.get(l)) {
      int bad = NonFinite.first(parameter.values(), parameter.size());
      if (bad >= 0 && what == null) {
        what = "a " + parameter.name() + " value of " + NonFinite.describe(parameter.values()[bad]);
      }
    }
    undo();
    if (what != null && !plugin.builtIn()) {
      throw PluginCallException.notFinite(plugin, "update()", l + 1, what);
    }
  }

  /** Puts every parameter back to its value before the last step. */
  void undo() {
    for (int l = 0; l < layers.size(); l++) {
      List<Parameter> parameters = layers.get(l);
      for (int p = 0; p < parameters.size(); p++) {
        System.arraycopy(before[l][p], 0, parameters.get(p).values(), 0, parameters.get(p).size());
      }
    }
  }
}
