package org.nnlab.core.model;

import java.util.List;
import org.nnlab.api.Activation;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.core.init.RandomStream;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.PluginCallException;

/**
 * One layer of a network with the activation after it and its batch buffers: the pre-activation
 * z, the activation a = f(z), the derivative f'(z), dL/dz and dL/d(input); and, when the layer
 * ends a residual block, the output a + x, x being the block's input.
 *
 * <p>The layer and the activation are plugins, built-in or not: whatever they throw becomes a
 * {@link PluginCallException} naming the plugin and this layer.
 */
public final class NetworkLayer {
  /** {@link #skipFrom()} of a layer that ends no residual block. */
  public static final int NO_SKIP = Integer.MIN_VALUE;

  private final Layer layer;
  private final Activation activation;
  private final LayerDescription description;
  private final ActivationProfile profile;
  private final MatrixKernels kernels;
  private final List<Parameter> parameters;
  private final List<Buffer> buffers;
  private final LayerPlugins plugins;
  private final Matrix z;
  private final Matrix a;
  private final Matrix derivative;
  private final Matrix dz;
  private final Matrix inputGradient;
  private final RandomStream stream;
  private final int skipFrom;
  private final int residualSpan;
  private final Matrix sum;
  private boolean inputGradientComputed;

  NetworkLayer(
      Layer layer,
      Activation activation,
      LayerDescription description,
      ActivationProfile profile,
      MatrixKernels kernels,
      int rows,
      List<Parameter> parameters,
      List<Buffer> buffers,
      LayerPlugins plugins,
      RandomStream stream,
      int skipFrom,
      int residualSpan,
      Precision precision) {
    this.layer = layer;
    this.activation = activation;
    this.description = description;
    this.profile = profile;
    this.kernels = kernels;
    this.parameters = List.copyOf(parameters);
    this.buffers = List.copyOf(buffers);
    this.plugins = plugins;
    int units = description.units();
    this.z = new Matrix(rows, units, precision);
    this.a = new Matrix(rows, units, precision);
    this.derivative = new Matrix(rows, units, precision);
    this.dz = new Matrix(rows, units, precision);
    this.inputGradient = new Matrix(rows, description.inputs(), precision);
    this.stream = stream;
    this.skipFrom = skipFrom;
    this.residualSpan = residualSpan;
    this.sum = skipFrom == NO_SKIP ? null : new Matrix(rows, units, precision);
  }

  /**
   * Where this layer's skip connection starts: the 0-based index of the layer whose output is
   * added to this layer's activated output, -1 for the network's input, or {@link #NO_SKIP} when
   * the layer ends no residual block.
   */
  public int skipFrom() {
    return skipFrom;
  }

  /** The number of layers of the residual block this layer ends, 0 when it ends none. */
  public int residualSpan() {
    return residualSpan;
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

  /** The layer's trainable parameters, as it reported them when it was built. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * The layer's non-trainable state (running statistics), as it reported it when it was built;
   * saved with the model next to the parameters.
   */
  public List<Buffer> buffers() {
    return buffers;
  }

  /** The plugins the layer is made of. */
  public LayerPlugins plugins() {
    return plugins;
  }

  /**
   * The output of the last forward pass, which the next layer gets: a = f(z), or a + x when
   * the layer ends a residual block whose input is x.
   */
  public Matrix output() {
    return sum == null ? a : sum;
  }

  /** The activated values a = f(z) of the last forward pass, before a skip is added. */
  public Matrix activated() {
    return a;
  }

  /** f'(z) from the last backward pass. */
  public Matrix activationDerivative() {
    return derivative;
  }

  /** The pre-activation z of the last forward pass; read only. */
  public Matrix preActivation() {
    return z;
  }

  /** dL/dz = dL/da × f'(z) from the last backward pass; read only. */
  public Matrix preActivationGradient() {
    return dz;
  }

  /**
   * dL/d(input) from the last backward pass, read only; meaningless for the first layer, whose
   * input gradient is not computed. When the input also feeds skip connections, their
   * gradients are added here by the network: it is then the whole gradient of the previous
   * layer's output.
   */
  public Matrix inputGradient() {
    return inputGradient;
  }

  Matrix forward(Matrix input, Mode mode) {
    int rows = input.rows();
    resize(rows);
    try {
      layer.forward(input, z, mode);
    } catch (Throwable e) {
      throw PluginCallException.threw(plugins.type(), "forward()", description.index(), e);
    }
    try {
      if (z.precision() == Precision.FLOAT64) {
        activation.applyAll(z.data(), a.data(), z.size());
      } else {
        activation.applyAll(z.floats(), a.floats(), z.size());
      }
    } catch (Throwable e) {
      throw PluginCallException.threw(plugins.activation(), "applyAll()", description.index(), e);
    }
    return a;
  }

  /**
   * Back-propagates through the activation and the layer; returns dL/d(input), or {@code null}
   * when {@code needInputGradient} is false (the first layer, whose input is the data).
   */
  Matrix backward(Matrix input, Matrix outputGradient, boolean needInputGradient) {
    boolean doubles = z.precision() == Precision.FLOAT64;
    try {
      if (doubles) {
        activation.derivativeAll(z.data(), a.data(), derivative.data(), z.size());
      } else {
        activation.derivativeAll(z.floats(), a.floats(), derivative.floats(), z.size());
      }
    } catch (Throwable e) {
      throw PluginCallException.threw(plugins.activation(), "derivativeAll()",
          description.index(), e);
    }
    if (doubles) {
      kernels.multiplyElementwise(outputGradient.data(), derivative.data(), dz.data(), dz.size());
    } else {
      kernels.multiplyElementwise(
          outputGradient.floats(), derivative.floats(), dz.floats(), dz.size());
    }
    Matrix gradient = needInputGradient ? inputGradient : null;
    inputGradientComputed = needInputGradient;
    try {
      layer.backward(input, dz, gradient);
    } catch (Throwable e) {
      throw PluginCallException.threw(plugins.type(), "backward()", description.index(), e);
    }
    return gradient;
  }

  /**
   * Checks the last forward pass of this layer, given that its input was finite, for the first
   * value that is not finite.
   *
   * @return whether the output is finite
   * @throws PluginCallException when the layer type or the activation made that value and is
   *     not built in: a plugin is faulty, rather than the run diverging
   */
  public boolean checkForward() {
    return NonFinite.check(plugins.type(), "forward()", description.index(), z)
        && NonFinite.check(plugins.activation(), "applyAll()", description.index(), a);
  }

  /**
   * Checks the last backward pass of this layer, given that its output gradient was finite, for
   * the first value that is not finite.
   *
   * @return whether the input gradient and every parameter gradient are finite
   * @throws PluginCallException when the activation's derivative or the layer type made that
   *     value and is not built in
   */
  public boolean checkBackward() {
    int index = description.index();
    if (!NonFinite.check(plugins.activation(), "derivativeAll()", index, derivative)
        || NonFinite.first(dz) >= 0) {
      return false;
    }
    for (Parameter parameter : parameters) {
      if (!NonFinite.checkGradients(plugins.type(), "backward()", index, parameter)) {
        return false;
      }
    }
    return !inputGradientComputed || NonFinite.check(plugins.type(), "backward()", index,
        inputGradient, "an input gradient");
  }

  /** Adds the block's input to the activation, into the output buffer; returns the output. */
  Matrix addSkip(Matrix blockInput) {
    MatrixSums.add(a, blockInput, sum);
    return sum;
  }

  private void resize(int rows) {
    if (sum != null && rows != sum.rows()) {
      sum.resizeRows(rows);
    }
    if (rows != z.rows()) {
      z.resizeRows(rows);
      a.resizeRows(rows);
      derivative.resizeRows(rows);
      dz.resizeRows(rows);
      inputGradient.resizeRows(rows);
    }
  }
}
