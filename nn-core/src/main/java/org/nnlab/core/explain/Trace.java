package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;

/**
 * The numbers of one pass forward, through the loss and back, copied from the network's buffers
 * right after the pass, so that later passes cannot change them.
 *
 * @param inputs the batch's inputs
 * @param targets the batch's targets
 * @param loss the batch-mean loss the loss returned
 * @param outputGradient dL/d(output) as the loss wrote it
 * @param layers each layer's buffers, first layer first
 */
record Trace(Matrix inputs, Matrix targets, double loss, Matrix outputGradient,
    List<LayerTrace> layers) {

  /**
   * One layer's buffers after a pass.
   *
   * @param input what the layer got: the inputs, or the layer below's output
   * @param z the pre-activation
   * @param h the output f(z)
   * @param slope f'(z)
   * @param delta dL/dz
   * @param upstream dL/dh: the loss's gradient for the last layer, else the next layer's input
   *     gradient
   * @param values each parameter's values, in the layer's order
   * @param gradients each parameter's gradient
   */
  record LayerTrace(Matrix input, Matrix z, Matrix h, Matrix slope, Matrix delta,
      Matrix upstream, List<double[]> values, List<double[]> gradients) {}

  /** Copies what the last pass left in the network. */
  static Trace capture(Network network, Matrix inputs, Matrix targets, double loss,
      Matrix outputGradient) {
    List<NetworkLayer> layers = network.layers();
    List<LayerTrace> traces = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      NetworkLayer layer = layers.get(l);
      Matrix input = l == 0 ? inputs : layers.get(l - 1).output();
      Matrix upstream = l == layers.size() - 1 ? outputGradient
          : layers.get(l + 1).inputGradient();
      List<double[]> values = new ArrayList<>();
      List<double[]> gradients = new ArrayList<>();
      for (Parameter parameter : layer.parameters()) {
        values.add(parameter.values().clone());
        gradients.add(parameter.gradients().clone());
      }
      traces.add(new LayerTrace(input.copy(), layer.preActivation().copy(),
          layer.activated().copy(), layer.activationDerivative().copy(),
          layer.preActivationGradient().copy(), upstream.copy(), values, gradients));
    }
    return new Trace(inputs.copy(), targets.copy(), loss, outputGradient.copy(), traces);
  }

  /** The batch's number of rows. */
  int rows() {
    return inputs.rows();
  }

  /** Layer {@code l}'s buffers, 1-based. */
  LayerTrace layer(int l) {
    return layers.get(l - 1);
  }
}
