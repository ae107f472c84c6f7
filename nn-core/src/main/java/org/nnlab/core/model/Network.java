package org.nnlab.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nnlab.api.Buffer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;

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

  Network(int inputs, List<NetworkLayer> layers) {
    this.inputs = inputs;
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

  private static void addInto(Matrix target, Matrix addend) {
    double[] t = target.data();
    double[] a = addend.data();
    int size = target.size();
    for (int k = 0; k < size; k++) {
      t[k] += a[k];
    }
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
    Matrix current = input;
    for (NetworkLayer layer : layers) {
      current = layer.forward(current, mode);
      int from = layer.skipFrom();
      if (from != NetworkLayer.NO_SKIP) {
        current = layer.addSkip(from < 0 ? input : layers.get(from).output());
      }
    }
    return current;
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
    for (int i = layers.size() - 1; i >= 0; i--) {
      Matrix layerInput = i == 0 ? input : layers.get(i - 1).output();
      outputGradients[i] = gradient;
      gradient = layers.get(i).backward(layerInput, gradient, i > 0);
      if (gradient != null) {
        for (int block : blocksStartingAt[i]) {
          addInto(gradient, outputGradients[block]);
        }
      }
    }
  }
}
