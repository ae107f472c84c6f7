package org.nnlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.core.model.Network;

/**
 * Applies the optimizer to every parameter of a network, keeping each parameter's optimizer
 * state and a copy of its values from before the step, so that the change can be measured and
 * undone.
 */
final class ParameterUpdater {
  private final Optimizer optimizer;
  private final List<List<Parameter>> layers = new ArrayList<>();
  private final List<List<OptimizerState>> states = new ArrayList<>();
  private final double[][][] before;

  ParameterUpdater(Network network, Optimizer optimizer) {
    this.optimizer = optimizer;
    int count = network.layers().size();
    this.before = new double[count][][];
    for (int l = 0; l < count; l++) {
      List<Parameter> parameters = network.layers().get(l).layer().parameters();
      layers.add(parameters);
      List<OptimizerState> layerStates = new ArrayList<>();
      before[l] = new double[parameters.size()][];
      for (int p = 0; p < parameters.size(); p++) {
        layerStates.add(new OptimizerState(optimizer.stateArrays(), parameters.get(p).size()));
        before[l][p] = new double[parameters.get(p).size()];
      }
      states.add(layerStates);
    }
  }

  /** Copies every parameter's values, then lets the optimizer update it. */
  void step() {
    for (int l = 0; l < layers.size(); l++) {
      List<Parameter> parameters = layers.get(l);
      for (int p = 0; p < parameters.size(); p++) {
        Parameter parameter = parameters.get(p);
        System.arraycopy(parameter.values(), 0, before[l][p], 0, parameter.size());
        OptimizerState state = states.get(l).get(p);
        state.advance();
        optimizer.update(parameter, state);
      }
    }
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
