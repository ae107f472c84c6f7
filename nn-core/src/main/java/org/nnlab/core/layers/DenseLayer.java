package org.nnlab.core.layers;

import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;
import org.nnlab.core.internal.kernel.MatrixKernels;

/**
 * A fully connected layer: z = x · Wᵀ + b.
 *
 * <p>W is stored {@code [units][inputs]}, so row i holds the weights feeding unit i, as written in
 * YAML. Backward, for dL/dz = G: dW = Gᵀ · x, db = column sums of G, dL/dx = G · W.
 */
final class DenseLayer implements Layer {
  private final int inputs;
  private final int units;
  private final Parameter weights;
  private final Parameter biases;
  private final List<Parameter> parameters;
  private final MatrixKernels kernels;

  DenseLayer(int inputs, int units, MatrixKernels kernels, Precision precision) {
    this.inputs = inputs;
    this.units = units;
    this.kernels = kernels;
    this.weights = new Parameter("weights", ParameterRole.WEIGHTS, units, inputs, precision);
    this.biases = new Parameter("biases", ParameterRole.BIASES, 1, units, precision);
    this.parameters = List.of(weights, biases);
  }

  Parameter weights() {
    return weights;
  }

  Parameter biases() {
    return biases;
  }

  @Override
  public int inputSize() {
    return inputs;
  }

  @Override
  public int outputSize() {
    return units;
  }

  @Override
  public List<Parameter> parameters() {
    return parameters;
  }

  @Override
  public boolean supports(Precision precision) {
    return true;
  }

  @Override
  public void forward(Matrix input, Matrix output, Mode mode) {
    int rows = input.rows();
    if (input.precision() == Precision.FLOAT64) {
      kernels.multiplyTransposedRight(
          input.data(), weights.values(), output.data(), rows, inputs, units);
      kernels.addToRows(output.data(), biases.values(), rows, units);
    } else {
      kernels.gemm(false, true, rows, units, inputs, input.floats(), weights.floatValues(),
          output.floats(), false);
      kernels.addToRows(output.floats(), biases.floatValues(), rows, units);
    }
  }

  @Override
  public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
    int rows = input.rows();
    if (input.precision() == Precision.FLOAT64) {
      double[] g = outputGradient.data();
      kernels.multiplyTransposedLeft(g, input.data(), weights.gradients(), rows, units, inputs);
      kernels.columnSums(g, biases.gradients(), rows, units);
      if (inputGradient != null) {
        kernels.multiply(g, weights.values(), inputGradient.data(), rows, units, inputs);
      }
    } else {
      float[] g = outputGradient.floats();
      kernels.gemm(true, false, units, inputs, rows, g, input.floats(), weights.floatGradients(),
          false);
      kernels.columnSums(g, biases.floatGradients(), rows, units);
      if (inputGradient != null) {
        kernels.gemm(false, false, rows, inputs, units, g, weights.floatValues(),
            inputGradient.floats(), false);
      }
    }
  }

  @Override
  public String toString() {
    return "dense(" + inputs + " -> " + units + ")";
  }
}
