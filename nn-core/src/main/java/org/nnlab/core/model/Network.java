package org.nnlab.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nnlab.api.Buffer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;

/**
 * A feed-forward network: layers applied in order, each followed by its activation.
 *
 * <p>{@link #forward} and {@link #backward} reuse buffers sized for the largest batch, so a
 * training loop allocates nothing per batch.
 */
public final class Network {
  private final int inputs;
  private final List<NetworkLayer> layers;
  // For each layer i, the layers whose residual block starts at i (its input is their skip).
  private final int[][] blocksStartingAt;
  // dL/d(output) of each layer during backward: references to buffers, never copies.
  private final Matrix[] outputGradients;
  private final Precision precision;
  // A float32 network's edges: the batch rounded to floats, the output widened to doubles.
  private final Matrix roundedInput;
  private final Matrix roundedOutputGradient;
  private final Matrix widenedOutput;

  Network(int inputs, List<NetworkLayer> layers, Precision precision, int rows) {
    this.inputs = inputs;
    this.precision = precision;
    boolean floats = precision == Precision.FLOAT32;
    int outputs = layers.get(layers.size() - 1).description().units();
    this.roundedInput = floats ? new Matrix(rows, inputs, precision) : null;
    this.roundedOutputGradient = floats ? new Matrix(rows, outputs, precision) : null;
    this.widenedOutput = floats ? new Matrix(rows, outputs) : null;
    this.layers = List.copyOf(layers);
    this.blocksStartingAt = new int[layers.size()][];
    for (int i = 0; i < layers.size(); i++) {
      int start = i;
      blocksStartingAt[i] = IntStream.range(0, layers.size())
          .filter(j -> layers.get(j).skipFrom() == start - 1).toArray();
    }
    this.outputGradients = new Matrix[layers.size()];
  }

  /** Whether some layer ends a residual block (a skip connection). */
  public boolean hasSkipConnections() {
    return layers.stream().anyMatch(layer -> layer.skipFrom() != NetworkLayer.NO_SKIP);
  }

  /** The input width. */
  public int inputs() {
    return inputs;
  }

  /** The output width. */
  public int outputs() {
    return layers.get(layers.size() - 1).description().units();
  }

  /** The layers, first to last. */
  public List<NetworkLayer> layers() {
    return layers;
  }

  /** Every trainable parameter, layer by layer. */
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    for (NetworkLayer layer : layers) {
      all.addAll(layer.parameters());
    }
    return all;
  }

  /** Every buffer (non-trainable state, such as running statistics), layer by layer. */
  public List<Buffer> buffers() {
    List<Buffer> all = new ArrayList<>();
    for (NetworkLayer layer : layers) {
      all.addAll(layer.buffers());
    }
    return all;
  }

  /**
   * {@return the precision the layers compute in}: batches come in as doubles, or already as
   * floats for a float32 network, and go out as doubles.
   */
  public Precision precision() {
    return precision;
  }

  /** The total number of trainable values. */
  public long parameterCount() {
    long count = 0;
    for (Parameter parameter : parameters()) {
      count += parameter.size();
    }
    return count;
  }

  /**
   * Runs a batch forward.
   *
   * @param input {@code rows x inputs()}
   * @param mode {@link Mode#TRAINING} before a backward pass, {@link Mode#EVALUATION} otherwise
   * @return the last layer's output, a buffer owned by the network and valid until the next call
   * @throws IllegalArgumentException if the input does not have {@code inputs()} columns
   */
  public Matrix forward(Matrix input, Mode mode) {
    checkArgument(input.cols() == inputs,
        "the input has %s columns but the network has %s inputs", input.cols(), inputs);
    Matrix first = layerInput(input, true);
    Matrix current = first;
    for (NetworkLayer layer : layers) {
      current = layer.forward(current, mode);
      int from = layer.skipFrom();
      if (from != NetworkLayer.NO_SKIP) {
        current = layer.addSkip(from < 0 ? first : layers.get(from).output());
      }
    }
    if (widenedOutput == null) {
      return current;
    }
    convert(current, widenedOutput);
    return widenedOutput;
  }

  // The matrix the first layer reads: the batch itself, or in a float32 network its copy rounded
  // to floats, made by forward and read again by backward.
  private Matrix layerInput(Matrix batch, boolean round) {
    if (roundedInput == null || batch.precision() == Precision.FLOAT32) {
      return batch;
    }
    if (round) {
      convert(batch, roundedInput);
    }
    return roundedInput;
  }

  // Copies a matrix into one of the other precision, resizing the target to its rows.
  private static void convert(Matrix from, Matrix to) {
    to.resizeRows(from.rows());
    int size = from.size();
    if (from.precision() == Precision.FLOAT64) {
      FloatArrays.round(from.data(), to.floats(), size);
    } else {
      FloatArrays.widen(from.floats(), to.data(), size);
    }
  }

  /**
   * Back-propagates dL/d(output) of the batch last run forward, filling every parameter's
   * gradient.
   *
   * <p>The first layer is not asked for dL/d(input): its input is the data, which nothing
   * trains. A skip connection passes the gradient of its block's output unchanged to the block's
   * input, where it is added to what came through the block's layers.
   *
   * @param input the same input given to {@link #forward} in {@link Mode#TRAINING}
   * @param outputGradient dL/d(output), {@code rows x outputs()}
   * @throws IllegalArgumentException if the input does not have {@code inputs()} columns, or the
   *     output gradient is not {@code rows x outputs()}
   */
  public void backward(Matrix input, Matrix outputGradient) {
    checkArgument(input.cols() == inputs,
        "the input has %s columns but the network has %s inputs", input.cols(), inputs);
    checkArgument(outputGradient.rows() == input.rows(),
        "the output gradient and the input must have as many rows, found %s and %s",
        outputGradient.rows(), input.rows());
    checkArgument(outputGradient.cols() == outputs(),
        "the output gradient has %s columns but the network has %s outputs",
        outputGradient.cols(), outputs());
    Matrix gradient = outputGradient;
    if (roundedOutputGradient != null && outputGradient.precision() == Precision.FLOAT64) {
      convert(outputGradient, roundedOutputGradient);
      gradient = roundedOutputGradient;
    }
    Matrix first = layerInput(input, false);
    for (int i = layers.size() - 1; i >= 0; i--) {
      Matrix layerInput = i == 0 ? first : layers.get(i - 1).output();
      outputGradients[i] = gradient;
      gradient = layers.get(i).backward(layerInput, gradient, i > 0);
      if (gradient != null) {
        for (int block : blocksStartingAt[i]) {
          MatrixSums.add(gradient, outputGradients[block], gradient);
        }
      }
    }
  }
}
