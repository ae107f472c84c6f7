package org.nnlab.core.train;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.ParameterCopy;

/**
 * The batch being trained, as listeners see it between its phases: the loss, then the gradients,
 * then the step. The loop reuses one instance for every batch of a run.
 *
 * <p>Sums of squares are computed once per batch for every listener: of each parameter's
 * gradient after the backward pass, and of its values after the step.
 */
public final class Batch {
  private final Network network;
  private final MatrixKernels kernels;
  private final OptimizerStepper stepper;
  private final List<Parameter> parameters;
  private final int[] firstParameter;
  private final boolean[] weights;
  private final boolean[] biases;
  private final double[] gradientSquares;
  private final int[] sizes;
  private final MatrixKernels.BlockTask gradientBlock = this::gradientBlockSquares;
  private final double[] valueSquares;
  private final double[] valueSquaresBefore;
  private boolean steppedThisEpoch;
  // Whether every layer ships with nnlab: a plugin layer might write its own parameters.
  private final boolean builtInLayers;
  private int epoch;
  private int index;
  private Matrix inputs;
  private Matrix targets;
  private Matrix outputs;
  private double loss;
  private Divergence divergence;

  Batch(Network network, MatrixKernels kernels, OptimizerStepper stepper) {
    this.network = network;
    this.kernels = kernels;
    this.stepper = stepper;
    this.parameters = stepper.parameters();
    this.firstParameter = new int[network.layers().size() + 1];
    for (int l = 0; l < network.layers().size(); l++) {
      firstParameter[l + 1] = firstParameter[l] + network.layers().get(l).layer().parameters()
          .size();
    }
    this.weights = new boolean[parameters.size()];
    this.biases = new boolean[parameters.size()];
    for (int p = 0; p < parameters.size(); p++) {
      weights[p] = parameters.get(p).role() == ParameterRole.WEIGHTS;
      biases[p] = parameters.get(p).role() == ParameterRole.BIASES;
    }
    this.gradientSquares = new double[parameters.size()];
    this.sizes = parameters.stream().mapToInt(Parameter::size).toArray();
    this.valueSquares = new double[parameters.size()];
    this.valueSquaresBefore = new double[parameters.size()];
    this.builtInLayers = network.layers().stream()
        .allMatch(layer -> layer.plugins().type().builtIn());
  }

  /**
   * Forgets the sums of squares of the last step: from the first batch of an epoch on, {@link
   * #valueSquaresBefore} sums the copy taken before the step.
   */
  void epochStarted() {
    steppedThisEpoch = false;
  }

  void start(int epoch, int index, Matrix inputs, Matrix targets) {
    this.epoch = epoch;
    this.index = index;
    this.inputs = inputs;
    this.targets = targets;
    this.divergence = null;
  }

  void lossComputed(Matrix outputs, double loss) {
    this.outputs = outputs;
    this.loss = loss;
  }

  // All the parameters in one pass shared between the threads, rather than one hand-off each:
  // the same sums, bit for bit, as ParameterCopy.gradientSquares.
  void gradientsComputed() {
    kernels.forEachBlock(sizes, gradientBlock, gradientSquares);
  }

  private double gradientBlockSquares(int p, int from, int to) {
    Parameter parameter = parameters.get(p);
    return parameter.precision() == Precision.FLOAT64
        ? kernels.blockSumOfSquares(parameter.gradients(), from, to)
        : kernels.blockSumOfSquares(parameter.floatGradients(), from, to);
  }

  // With built-in layers only the optimizer changes the parameters between two steps of an
  // epoch, so the sums after one step are those before the next, bit for bit; NaN where they are
  // not known, and the copy taken before the step is summed instead.
  void stepped() {
    boolean known = steppedThisEpoch && builtInLayers;
    for (int p = 0; p < parameters.size(); p++) {
      valueSquaresBefore[p] = known ? valueSquares[p] : Double.NaN;
      valueSquares[p] = stepper.summedValueSquares() ? stepper.valueSquares(p)
          : ParameterCopy.valueSquares(kernels, parameters.get(p));
    }
    steppedThisEpoch = true;
  }

  /** The 1-based epoch. */
  public int epoch() {
    return epoch;
  }

  /** The 1-based batch within the epoch. */
  public int index() {
    return index;
  }

  /** The network being trained. */
  public Network network() {
    return network;
  }

  /** The batch's inputs. */
  public Matrix inputs() {
    return inputs;
  }

  /** The batch's targets. */
  public Matrix targets() {
    return targets;
  }

  /** The network's outputs for the batch, before the step. */
  public Matrix outputs() {
    return outputs;
  }

  /** The batch's loss, before the step. */
  public double loss() {
    return loss;
  }

  /** The number of layers of the network. */
  int layerCount() {
    return firstParameter.length - 1;
  }

  /**
   * The position of layer {@code layer}'s (0-based) first parameter in network order; for the
   * number of layers, the number of parameters.
   */
  public int firstParameter(int layer) {
    return firstParameter[layer];
  }

  /** Whether parameter {@code p} (network order) holds weights ({@link ParameterRole#WEIGHTS}). */
  boolean isWeights(int p) {
    return weights[p];
  }

  /** Whether parameter {@code p} (network order) holds biases ({@link ParameterRole#BIASES}). */
  boolean isBiases(int p) {
    return biases[p];
  }

  /** Σ g² of parameter {@code p} (network order), once the gradients are computed. */
  public double gradientSquares(int p) {
    return gradientSquares[p];
  }

  /** Σ g² of every parameter (network order), once the gradients are computed: the live array. */
  double[] gradientSquares() {
    return gradientSquares;
  }

  /** Σ w² of parameter {@code p} (network order), once the step is made. */
  public double valueSquares(int p) {
    return valueSquares[p];
  }

  /** Σ w² of parameter {@code p} (network order) before the step, once the step is made. */
  public double valueSquaresBefore(int p) {
    double known = valueSquaresBefore[p];
    return Double.isNaN(known) ? before(p).squares(kernels) : known;
  }

  /** The values of parameter {@code p} (network order) before the step. */
  public ParameterCopy before(int p) {
    return stepper.before(p);
  }

  /**
   * The sum of squared changes the last step made to parameter {@code p}'s values: {@code
   * before(p).squaredChange}, measured during the step when it could be.
   */
  double squaredChange(int p) {
    return stepper.squaredChange(p);
  }

  /**
   * Stops training at this batch because a value is not finite. The parameters keep (or get
   * back) their values from before the batch's step.
   */
  public void diverge(Divergence divergence) {
    if (this.divergence == null) {
      this.divergence = divergence;
    }
  }

  /** Whether a listener stopped training at this batch. */
  boolean diverged() {
    return divergence != null;
  }

  Optional<Divergence> divergence() {
    return Optional.ofNullable(divergence);
  }
}
