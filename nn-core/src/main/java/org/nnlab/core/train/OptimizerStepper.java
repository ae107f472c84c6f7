package org.nnlab.core.train;

import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.FloatArrays;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NonFinite;
import org.nnlab.core.model.ParameterCopy;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.ProviderInfo;

/**
 * Runs the optimizer over every parameter of a network: keeps the run's {@link OptimizerState}
 * and a copy of each parameter's values from before the step, so that the change can be
 * measured and undone.
 *
 * <p>An optimizer that {@link Optimizer#updatesEntriesIndependently updates entries
 * independently} is run block by block on all the kernels' threads ({@link
 * MatrixKernels#forEachBlock}): each block is copied, stepped, and its values' squares summed
 * while it is in the cache, and those sums are the ones the divergence check reads. Any other
 * optimizer is given the whole step after the whole copy.
 *
 * <p>The optimizer is a plugin, built in or not: what it throws names it, after the step is
 * undone, so the network keeps its values from before the batch.
 */
final class OptimizerStepper {
  private final Optimizer optimizer;
  private final ProviderInfo plugin;
  private final List<Parameter> parameters;
  private final OptimizerState state;
  private final ParameterCopy[] before;
  private final PluginCallException broken;
  private final MatrixKernels kernels;
  private final boolean inBlocks;
  private final int[] sizes;
  private final double[] valueSquares;
  // Per parameter and block: whether the block was copied in this step, so that a step that
  // fails part way puts back exactly the blocks it may have changed.
  private final boolean[][] taken;
  // Per parameter and block: the squared change the block's step made, when measured.
  private final double[][] changes;
  private boolean measureChanges;
  private final MatrixKernels.BlockTask blockStep = this::stepBlock;
  private StepContext context;
  private boolean summed;

  OptimizerStepper(Network network, Optimizer optimizer, ProviderInfo plugin,
      MatrixKernels kernels) {
    this.optimizer = optimizer;
    this.plugin = plugin;
    this.parameters = List.copyOf(network.parameters());
    this.kernels = kernels;
    this.sizes = parameters.stream().mapToInt(Parameter::size).toArray();
    // A plugin whose stateArrays() or updatesEntriesIndependently() fails is reported by its
    // first step, inside training.
    OptimizerState created;
    boolean blocks = false;
    PluginCallException failure = null;
    try {
      created = new OptimizerState(stateArrays(), network.precision(), sizes);
      blocks = inBlocks();
    } catch (PluginCallException e) {
      created = new OptimizerState(0, network.precision(), sizes);
      failure = e;
    }
    this.state = created;
    this.broken = failure;
    this.inBlocks = blocks;
    this.before = parameters.stream().map(ParameterCopy::new).toArray(ParameterCopy[]::new);
    this.valueSquares = new double[parameters.size()];
    this.taken = new boolean[parameters.size()][];
    this.changes = new double[parameters.size()][];
    for (int p = 0; p < taken.length; p++) {
      taken[p] = new boolean[(sizes[p] + MatrixKernels.BLOCK - 1) / MatrixKernels.BLOCK];
      changes[p] = new double[taken[p].length];
    }
  }

  private boolean inBlocks() {
    try {
      return optimizer.updatesEntriesIndependently();
    } catch (Throwable e) {
      throw PluginCallException.threw(plugin, "updatesEntriesIndependently()", 0, e);
    }
  }

  private int stateArrays() {
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
    return arrays;
  }

  /** Copies every parameter's values, then lets the optimizer make one step. */
  void step(StepCounter context) {
    if (broken != null) {
      throw broken;
    }
    summed = false;
    if (inBlocks) {
      stepInBlocks(context);
      return;
    }
    for (ParameterCopy copy : before) {
      copy.take();
    }
    try {
      optimizer.step(parameters, state, context);
    } catch (Throwable e) {
      undo();
      throw PluginCallException.threw(plugin, "step()", 0, e);
    }
  }

  private void stepInBlocks(StepContext stepContext) {
    for (boolean[] blocks : taken) {
      Arrays.fill(blocks, false);
    }
    this.context = stepContext;
    try {
      kernels.forEachBlock(sizes, blockStep, valueSquares);
    } catch (Throwable e) {
      undoTakenBlocks();
      throw PluginCallException.threw(plugin, "stepRange()", 0, e);
    } finally {
      this.context = null;
    }
    summed = true;
  }

  /**
   * Asks every later step in blocks to measure, while each block is in the cache, how far it
   * moved the values: {@link #squaredChange} then gives it without another pass.
   */
  void measureChanges() {
    measureChanges = true;
  }

  /**
   * The sum of squared changes the last step made to parameter {@code p}'s values, bit for bit
   * {@code before(p).squaredChange(kernels)}; measured in the step when {@link #measureChanges}
   * was asked and the step ran in blocks.
   */
  double squaredChange(int p) {
    if (!summed || !measureChanges) {
      return before[p].squaredChange(kernels);
    }
    double total = 0;
    for (double change : changes[p]) {
      total += change;
    }
    return total;
  }

  private double stepBlock(int p, int from, int to) {
    int block = from / MatrixKernels.BLOCK;
    before[p].take(from, to);
    taken[p][block] = true;
    Parameter parameter = parameters.get(p);
    optimizer.stepRange(parameter, p, state, context, from, to);
    if (measureChanges) {
      changes[p][block] = before[p].squaredChange(kernels, from, to);
    }
    return parameter.precision() == Precision.FLOAT64
        ? kernels.blockSumOfSquares(parameter.values(), from, to)
        : kernels.blockSumOfSquares(parameter.floatValues(), from, to);
  }

  private void undoTakenBlocks() {
    for (int p = 0; p < taken.length; p++) {
      for (int block = 0; block < taken[p].length; block++) {
        if (taken[p][block]) {
          int from = block * MatrixKernels.BLOCK;
          before[p].restore(from, Math.min(sizes[p], from + MatrixKernels.BLOCK));
        }
      }
    }
  }

  /**
   * Whether the last step summed the squares of every parameter's new values as it went: then
   * {@link #valueSquares} gives them, bit for bit as {@link MatrixKernels#sumOfSquares} would.
   */
  boolean summedValueSquares() {
    return summed;
  }

  /** The sum of squares of parameter {@code p}'s values after the last step; see above. */
  double valueSquares(int p) {
    return valueSquares[p];
  }

  /**
   * Undoes a step after which layer {@code layer} (1-based), whose parameters are those from
   * {@code first} to {@code first + count}, holds a value that is not finite.
   *
   * @throws PluginCallException when the optimizer is not built in: the values and gradients it
   *     started from were finite, so the optimizer made that value
   */
  void undoAfterNonFinite(int layer, int first, int count) {
    String what = null;
    for (int p = first; p < first + count && what == null; p++) {
      Parameter parameter = parameters.get(p);
      int bad = NonFinite.firstValue(parameter);
      if (bad >= 0) {
        what = "a " + parameter.name() + " value of " + NonFinite.describe(parameter.value(bad));
      }
    }
    undo();
    if (what != null && !plugin.builtIn()) {
      throw PluginCallException.notFinite(plugin, "step()", layer, what);
    }
  }

  /** Puts every parameter back to its value before the last step. */
  void undo() {
    summed = false;
    for (ParameterCopy copy : before) {
      copy.restore();
    }
  }

  /** The values of parameter {@code p} (in network order) before the last step. */
  ParameterCopy before(int p) {
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

  /**
   * A copy of every state array, {@code [parameter][array][entry]}, as doubles (float state is
   * widened exactly, so {@link #restore} gives back the same floats).
   */
  double[][][] copyOfState() {
    boolean doubles = state.precision() == Precision.FLOAT64;
    double[][][] copy = new double[parameters.size()][state.arraysPerParameter()][];
    for (int p = 0; p < copy.length; p++) {
      for (int k = 0; k < copy[p].length; k++) {
        if (doubles) {
          copy[p][k] = state.array(p, k).clone();
        } else {
          float[] floats = state.floatArray(p, k);
          copy[p][k] = new double[floats.length];
          FloatArrays.widen(floats, copy[p][k], floats.length);
        }
      }
    }
    return copy;
  }

  /**
   * Copies every state array into {@code copy}, shaped as {@link #copyOfState()} makes it: the
   * same values, without allocating.
   */
  void copyStateInto(double[][][] copy) {
    boolean doubles = state.precision() == Precision.FLOAT64;
    for (int p = 0; p < copy.length; p++) {
      for (int k = 0; k < copy[p].length; k++) {
        if (doubles) {
          System.arraycopy(state.array(p, k), 0, copy[p][k], 0, copy[p][k].length);
        } else {
          FloatArrays.widen(state.floatArray(p, k), copy[p][k], copy[p][k].length);
        }
      }
    }
  }

  /** Puts saved state arrays back, {@code [parameter][array][entry]}, rounded to float state. */
  void restore(double[][][] saved) {
    boolean doubles = state.precision() == Precision.FLOAT64;
    for (int p = 0; p < saved.length; p++) {
      for (int k = 0; k < saved[p].length; k++) {
        if (doubles) {
          System.arraycopy(saved[p][k], 0, state.array(p, k), 0, saved[p][k].length);
        } else {
          FloatArrays.round(saved[p][k], state.floatArray(p, k), saved[p][k].length);
        }
      }
    }
  }

  /** The optimizer's configured learning rate. */
  double learningRate() {
    return optimizer.learningRate();
  }
}
