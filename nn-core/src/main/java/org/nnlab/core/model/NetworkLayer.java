package org.nnlab.core.model;

import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
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

  NetworkLayer(
      Layer layer,
      Activation activation,
      LayerDescription description,
      ActivationProfile profile,
      MatrixKernels kernels,
      int rows) {
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

  Matrix forward(Matrix input) {
    int rows = input.rows();
    resize(rows);
    layer.forward(input, z);
    activation.applyAll(z.data(), a.data(), z.size());
    return a;
  }

  Matrix backward(Matrix input, Matrix outputGradient) {
    activation.derivativeAll(z.data(), a.data(), derivative.data(), z.size());
    kernels.multiplyElementwise(outputGradient.data(), derivative.data(), dz.data(), dz.size());
    layer.backward(input, dz, inputGradient);
    return inputGradient;
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
