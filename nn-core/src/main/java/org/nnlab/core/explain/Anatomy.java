package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;

/**
 * What the derivation needs to know about a network's layers: which are nnlab's own dense layers
 * (whose sums it can write out), which activations are built in (whose derivatives it can write
 * out), and how each parameter entry is named.
 *
 * <p>A layer's parameters are named {@code w} and {@code b} by their role; a layer type with two
 * parameters of one role keeps its own names for them.
 */
final class Anatomy {
  static final String DENSE = "dense";

  private final Network network;
  private final List<Integer> firstParameter = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final List<Integer> parameterLayer = new ArrayList<>();

  Anatomy(Network network) {
    this.network = network;
    for (NetworkLayer layer : network.layers()) {
      firstParameter.add(labels.size());
      Set<ParameterRole> roles = new HashSet<>();
      layer.parameters().forEach(p -> roles.add(p.role()));
      boolean byRole = roles.size() == layer.parameters().size()
          && !roles.contains(ParameterRole.SCALES);
      for (Parameter parameter : layer.parameters()) {
        labels.add(byRole ? (parameter.role() == ParameterRole.WEIGHTS ? "w" : "b")
            : parameter.name());
        parameterLayer.add(layer.description().index());
      }
    }
  }

  Network network() {
    return network;
  }

  /** The number of layers. */
  int layers() {
    return network.layers().size();
  }

  /** Layer {@code l}, 1-based. */
  NetworkLayer layer(int l) {
    return network.layers().get(l - 1);
  }

  /** Whether layer {@code l} is nnlab's own dense layer, z = W x + b. */
  boolean dense(int l) {
    NetworkLayer layer = layer(l);
    return layer.plugins().type().builtIn() && layer.description().type().equals(DENSE)
        && labels(l).equals(List.of("w", "b"));
  }

  /** The registered name of layer {@code l}'s activation. */
  String activation(int l) {
    return layer(l).description().activation();
  }

  /** Whether layer {@code l}'s activation ships with nnlab. */
  boolean builtInActivation(int l) {
    return layer(l).plugins().activation().builtIn();
  }

  /** The network positions of layer {@code l}'s parameters. */
  List<Integer> parameters(int l) {
    int first = firstParameter.get(l - 1);
    return java.util.stream.IntStream.range(first, first + layer(l).parameters().size())
        .boxed().toList();
  }

  /** The short names of layer {@code l}'s parameters, in its order. */
  List<String> labels(int l) {
    return parameters(l).stream().map(labels::get).toList();
  }

  /** The 1-based layer of network parameter {@code p}. */
  int layerOf(int p) {
    return parameterLayer.get(p);
  }

  /** Network parameter {@code p}. */
  Parameter parameter(int p) {
    return network.parameters().get(p);
  }

  /** The position of parameter {@code p} within its layer's list. */
  int positionInLayer(int p) {
    return p - firstParameter.get(layerOf(p) - 1);
  }

  /** The network position of layer {@code l}'s parameter with {@code label}, if it has one. */
  Optional<Integer> find(int l, String label) {
    return parameters(l).stream().filter(p -> labels.get(p).equals(label)).findFirst();
  }

  /** Whether parameter {@code p}'s entries have one index: a single row of biases. */
  boolean vector(int p) {
    Parameter parameter = parameter(p);
    return parameter.rows() == 1 && parameter.role() == ParameterRole.BIASES;
  }

  /** The name of entry {@code k} (row-major) of network parameter {@code p}. */
  Symbol symbol(int p, int k) {
    Parameter parameter = parameter(p);
    int cols = parameter.cols();
    if (vector(p)) {
      return Symbol.parameter(layerOf(p), labels.get(p), k + 1, 0);
    }
    return Symbol.parameter(layerOf(p), labels.get(p), k / cols + 1, k % cols + 1);
  }

  /** Input {@code j} of layer {@code l}: a data input, or a unit of the layer below. */
  static Symbol inputOf(int l, int j) {
    return l == 1 ? Symbol.input(j) : Symbol.h(l - 1, j);
  }

  /** Whether this is the seed notes' network: 2 inputs, two dense layers of 2 units. */
  boolean notesNetwork() {
    return network.inputs() == 2 && layers() == 2 && dense(1) && dense(2)
        && network.outputs() == 2 && layer(1).description().units() == 2;
  }
}
