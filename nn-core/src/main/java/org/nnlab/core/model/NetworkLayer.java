package org.nnlab.core.model;

import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.init.RandomStream;
import org.nnlab.core.internal.kernel.MatrixKernels;

/**
 * One layer of a network with the activation after it and its batch buffers: the pre-activation
 * z, the output a = f(z), the derivative f'(z), dL/dz and dL/d(input).
 */
public final class NetworkLayer {
  private final Layer layer;
  private final Activation activation;
  private final LayerDescription description;
  private final ActivationProfile profile;
  private final MatrixKernels kernels;
  private final Matrix z;
  private final Matrix a;
  private final Matrix derivative;
  private final Matrix dz;
  private final Matrix inputGradient;
  private final RandomStream stream;

  NetworkLayer(
      Layer layer,
      Activation activation,
      LayerDescription description,
      ActivationProfile profile,
      MatrixKernels kernels,
      int rows,
      RandomStream stream) {
    this.layer = layer;
    this.activation = activation;
    this.description = description;
    this.profile = profile;
    this.kernels = kernels;
    int units = layer.outputSize();
    this.z = new Matrix(rows, units);
    this.a = new Matrix(rows, units);
    this.derivative = new Matrix(rows, units);
    this.dz = new Matrix(rows, units);
    this.inputGradient = new Matrix(rows, layer.inputSize());
    this.stream = stream;
  }

  /** The layer's own random stream, whose position a checkpoint saves. */
  public RandomStream stream() {
    return stream;
  }

  /** The layer itself. */
  public Layer layer() {
    return layer;
  }

  /** The activation applied to the layer's output. */
  public Activation activation() {
    return activation;
  }

  /** What the layer is, for reports. */
  public LayerDescription description() {
    return description;
  }

  /** The activation's derivative peak and saturation threshold. */
  public ActivationProfile profile() {
    return profile;
  }

  /** The output a = f(z) of the last forward pass. */
  public Matrix output() {
    return a;
  }

  /** f'(z) from the last backward pass. */
  public Matrix activationDerivative() {
    return derivative;
  }

  Matrix forward(Matrix input, Mode mode) {
    int rows = input.rows();
    resize(rows);
    layer.forward(input, z, mode);
    activation.applyAll(z.data(), a.data(), z.size());
    return a;
  }

  /**
   * Back-propagates through the activation and the layer; returns dL/d(input), or {@code null}
   * when {@code needInputGradient} is false (the first layer, whose input is the data).
   */
  Matrix backward(Matrix input, Matrix outputGradient, boolean needInputGradient) {
    activation.derivativeAll(z.data(), a.data(), derivative.data(), z.size());
    kernels.multiplyElementwise(outputGradient.data(), derivative.data(), dz.data(), dz.size());
    Matrix gradient = needInputGradient ? inputGradient : null;
    layer.backward(input, dz, gradient);
    return gradient;
  }

  private void resize(int rows) {
    if (rows != z.rows()) {
      z.resizeRows(rows);
      a.resizeRows(rows);
      derivative.resizeRows(rows);
      dz.resizeRows(rows);
      inputGradient.resizeRows(rows);
    }
  }
}
