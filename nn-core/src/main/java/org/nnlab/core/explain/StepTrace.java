package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.core.model.Network;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingStep;

/**
 * The optimizer's step as it was made: every parameter's values and gradient before it, its
 * values after, and the optimizer's state arrays before and after.
 *
 * @param optimizer the optimizer's registered name
 * @param builtIn whether the optimizer ships with nnlab
 * @param options its options with defaults applied
 * @param learningRate the learning rate the step was given
 * @param number the step's number over the run
 * @param before each parameter's values before the step, network order
 * @param gradients each parameter's gradient the step used (after clipping, when configured)
 * @param after each parameter's values after the step
 * @param stateBefore the state arrays before the step, {@code [parameter][array][entry]}
 * @param stateAfter the state arrays after the step
 */
record StepTrace(String optimizer, boolean builtIn, Map<String, Object> options,
    double learningRate, long number, List<double[]> before, List<double[]> gradients,
    List<double[]> after, double[][][] stateBefore, double[][][] stateAfter) {

  /** Makes the step and records it. */
  static StepTrace make(Experiment experiment, TrainingStep step) {
    Network network = experiment.network();
    double[][][] stateBefore = copy(step.state());
    step.step();
    // After the step: the gradients it used, clipped when training clips them.
    List<double[]> gradients = new ArrayList<>();
    network.parameters().forEach(p -> gradients.add(p.gradients().clone()));
    List<double[]> before = new ArrayList<>();
    List<double[]> after = new ArrayList<>();
    List<Parameter> parameters = network.parameters();
    for (int p = 0; p < parameters.size(); p++) {
      before.add(step.before(p).clone());
      after.add(parameters.get(p).values().clone());
    }
    return new StepTrace(experiment.config().optimizer().name(),
        experiment.optimizerPlugin().builtIn(), experiment.resolvedOptimizer(),
        step.learningRate(), step.number(), before, gradients, after, stateBefore,
        copy(step.state()));
  }

  private static double[][][] copy(OptimizerState state) {
    double[][][] copy = new double[state.parameters()][state.arraysPerParameter()][];
    for (int p = 0; p < copy.length; p++) {
      for (int k = 0; k < copy[p].length; k++) {
        copy[p][k] = state.array(p, k).clone();
      }
    }
    return copy;
  }

  /** Whether this is nnlab's own {@code sgd}, whose rule the derivation writes out. */
  boolean sgd() {
    return builtIn && optimizer.equals("sgd");
  }

  /** The momentum of nnlab's {@code sgd}, 0 when it has none. */
  double momentum() {
    Object value = options.get("momentum");
    return value instanceof Number number ? number.doubleValue() : 0.0;
  }
}
