package org.nnlab.core.train;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.core.model.Network;

/**
 * Runs the optimizer over every parameter of a network: keeps the run's {@link OptimizerState}
 * and a copy of each parameter's values from before the step, so that the change can be
 * measured and undone.
 */
final class OptimizerStepper {
  private final Optimizer optimizer;
  private final List<Parameter> parameters;
  private final OptimizerState state;
  private final double[][] before;

  OptimizerStepper(Network network, Optimizer optimizer) {
    this.optimizer = optimizer;
    this.parameters = List.copyOf(network.parameters());
    int[] sizes = parameters.stream().mapToInt(Parameter::size).toArray();
    this.state = new OptimizerState(optimizer.stateArrays(), sizes);
    this.before = new double[sizes.length][];
    for (int p = 0; p < sizes.length; p++) {
      before[p] = new double[sizes[p]];
    }
  }

  /** Copies every parameter's values, then lets the optimizer make one step. */
  void step(StepCounter context) {
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      System.arraycopy(parameter.values(), 0, before[p], 0, parameter.size());
    }
    optimizer.step(parameters, state, context);
  }

  /** Puts every parameter back to its value before the last step. */
  void undo() {
    for (int p = 0; p < parameters.size(); p++) {
      System.arraycopy(before[p], 0, parameters.get(p).values(), 0, parameters.get(p).size());
    }
  }

  /** The values of parameter {@code p} (in network order) before the last step. */
  double[] before(int p) {
    return before[p];
  }

  /** Every parameter of the network, layer by layer. */
  List<Parameter> parameters() {
    return parameters;
  }

  /** The optimizer's state for this run, which a checkpoint saves. */
  OptimizerState state() {
    return state;
  }

  /** A copy of every state array, {@code [parameter][array][entry]}. */
  double[][][] copyOfState() {
    double[][][] copy = new double[parameters.size()][state.arraysPerParameter()][];
    for (int p = 0; p < copy.length; p++) {
      for (int k = 0; k < copy[p].length; k++) {
        copy[p][k] = state.array(p, k).clone();
      }
    }
    return copy;
  }

  /** Puts saved state arrays back, {@code [parameter][array][entry]}. */
  void restore(double[][][] saved) {
    for (int p = 0; p < saved.length; p++) {
      for (int k = 0; k < saved[p].length; k++) {
        System.arraycopy(saved[p][k], 0, state.array(p, k), 0, saved[p][k].length);
      }
    }
  }

  /** The optimizer's configured learning rate. */
  double learningRate() {
    return optimizer.learningRate();
  }
}
