package org.nnlab.core.model;

import java.util.List;
import org.nnlab.api.Buffer;
import org.nnlab.api.Parameter;

/**
 * A copy of everything a network learns: every parameter's values (float32 ones widened
 * exactly), then every buffer's (running statistics), taken and put back without allocating.
 */
public final class ModelSnapshot {
  private final List<Parameter> parameters;
  private final List<double[]> buffers;
  private final double[][] arrays;

  /** Creates a zero copy shaped as {@code network}; {@link #take} fills it. */
  public ModelSnapshot(Network network) {
    this.parameters = List.copyOf(network.parameters());
    this.buffers = network.buffers().stream().map(Buffer::values).toList();
    this.arrays = new double[parameters.size() + buffers.size()][];
    for (int p = 0; p < arrays.length; p++) {
      arrays[p] = new double[p < parameters.size() ? parameters.get(p).size()
          : buffers.get(p - parameters.size()).length];
    }
  }

  /** Copies the network's current parameters and buffers in. */
  public void take() {
    for (int p = 0; p < arrays.length; p++) {
      if (p < parameters.size()) {
        ParameterCopy.valuesInto(parameters.get(p), arrays[p]);
      } else {
        System.arraycopy(buffers.get(p - parameters.size()), 0, arrays[p], 0, arrays[p].length);
      }
    }
  }

  /** Puts the copied parameters and buffers back into the network. */
  public void restore() {
    for (int p = 0; p < arrays.length; p++) {
      if (p < parameters.size()) {
        ParameterCopy.setValues(parameters.get(p), arrays[p]);
      } else {
        System.arraycopy(arrays[p], 0, buffers.get(p - parameters.size()), 0, arrays[p].length);
      }
    }
  }

  /** The copy itself, live: one array per parameter, then one per buffer. */
  public double[][] arrays() {
    return arrays;
  }
}
