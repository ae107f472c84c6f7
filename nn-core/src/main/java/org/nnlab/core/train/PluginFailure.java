package org.nnlab.core.train;

import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.ProviderInfo;

/**
 * Where a plugin failed during training, which plugin, and what it did: threw, or made NaN or
 * infinity from finite inputs. The network keeps the parameters it had before the failing
 * batch, as after a {@link Divergence}.
 *
 * @param epoch the 1-based epoch
 * @param batch the 1-based batch within the epoch
 * @param layer the 1-based layer concerned, or 0 when the plugin is no part of a layer
 * @param plugin the plugin that failed
 * @param what the plugin, layer and problem in one line, as {@link PluginCallException} says it
 */
public record PluginFailure(int epoch, int batch, int layer, ProviderInfo plugin, String what) {

  /** The failure of {@code e} in a batch. */
  static PluginFailure of(int epoch, int batch, PluginCallException e) {
    return new PluginFailure(epoch, batch, e.layer(), e.plugin(), e.getMessage());
  }

  /** One line for the user: where, which plugin, what it did, and what was kept. */
  public String message() {
    return "a plugin failed at epoch " + epoch + ", batch " + batch + ": " + what
        + "; the model keeps its values from before this batch";
  }
}
