package org.nnlab.api;

import java.util.List;

/**
 * A transformation of a batch: z = layer(x), one sample per row, usually trainable.
 *
 * <p>A layer computes the pre-activation z only. The activation named next to it in the
 * configuration is applied by the engine afterwards, which is also where the engine measures how
 * much of the gradient the activation lets through.
 *
 * <p>Call order, per training batch: {@link #forward} in {@link Mode#TRAINING}, then {@link
 * #backward} with the same input. In {@link Mode#EVALUATION} no backward pass follows. The engine
 * owns every matrix passed in and sizes them before the call: {@code output} and {@code
 * inputGradient} already have the batch's row count and the right number of columns. A layer
 * must not keep references to those matrices, must not allocate per call once warmed up (size
 * buffers with {@link LayerContext#maxBatchRows()}), and must not change its parameters' values
 * (only an optimizer does that). Only the first {@code rows() * cols()} entries of each matrix
 * belong to the batch: buffers are reused for smaller batches, so their arrays may be longer, and
 * entries beyond must be ignored.
 *
 * <p>A layer instance belongs to one training run and need not be thread-safe. Whatever it
 * keeps between {@code forward} and {@code backward} (a dropout mask, say) lives in its own
 * fields.
 */
public interface Layer {

  /**
   * The number of input features per sample.
   *
   * @return at least 1
   */
  int inputSize();

  /**
   * The number of output units per sample.
   *
   * @return at least 1
   */
  int outputSize();

  /**
   * The trainable parameters, each with its gradient array, in a fixed order.
   *
   * @return an unmodifiable list, possibly empty, the same on every call
   */
  List<Parameter> parameters();

  /**
   * The non-trainable state the layer learns in training forward passes, such as batch
   * normalisation's running statistics, in a fixed order. The engine saves each with a trained
   * model under its {@link Buffer#name()}, as an option of the layer, and a provider should accept
   * that option to restore it (see {@link LayerProvider}).
   *
   * <p>The default has none, which is right for a layer whose output depends on its input and
   * parameters alone (and on its random stream in training).
   *
   * @return an unmodifiable list, possibly empty, the same on every call
   * @since 2.2
   */
  default List<Buffer> buffers() {
    return List.of();
  }

  /**
   * Computes the layer's output for a batch.
   *
   * @param input {@code rows x inputSize()}, read only
   * @param output {@code rows x outputSize()}, overwritten with z
   * @param mode whether a training step or an evaluation runs
   */
  void forward(Matrix input, Matrix output, Mode mode);

  /**
   * Back-propagates the gradient of the loss through this layer, after a forward pass in {@link
   * Mode#TRAINING} with the same input.
   *
   * <p>Overwrites every parameter's {@link Parameter#gradients()} with dL/d(parameter) and, when
   * asked for, {@code inputGradient} with dL/d(input). The gradients are exactly those of the
   * loss whose gradient {@code outputGradient} is, so a batch-mean loss yields batch-mean
   * gradients.
   *
   * @param input the same input that was given to the preceding {@link #forward}, read only
   * @param outputGradient dL/dz, {@code rows x outputSize()}, read only
   * @param inputGradient {@code rows x inputSize()}, overwritten with dL/d(input); {@code null}
   *     when nothing needs it (the first layer of a network, whose input is the data), in which
   *     case the layer should skip computing it
   */
  void backward(Matrix input, Matrix outputGradient, Matrix inputGradient);

  /**
   * Tells whether this layer computes in the given precision. nnlab asks before a run and refuses
   * a {@code float32} run, with a message naming the plugin, when the answer is no. A layer that says yes to {@link Precision#FLOAT32}
   * creates its parameters in {@link LayerContext#precision()} and is given matrices of floats.
   *
   * <p>The default body says yes to {@link Precision#FLOAT64} only, which is right for every
   * layer written before 2.3.
   *
   * @param precision the run's precision
   * @return true when the layer handles it
   * @since 2.3
   */
  default boolean supports(Precision precision) {
    return precision == Precision.FLOAT64;
  }
}
