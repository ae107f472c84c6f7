package org.nnlab.core.registry;

import java.util.List;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.LossProvider;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.Provider;

/**
 * A kind of plugin: its provider interface and the noun used for it in messages and listings.
 *
 * @param <P> the provider interface
 */
public final class PluginKind<P extends Provider> {
  /** Activation functions. */
  public static final PluginKind<ActivationProvider> ACTIVATION =
      new PluginKind<>("activation", ActivationProvider.class);

  /** Loss functions. */
  public static final PluginKind<LossProvider> LOSS = new PluginKind<>("loss", LossProvider.class);

  /** Optimizers. */
  public static final PluginKind<OptimizerProvider> OPTIMIZER =
      new PluginKind<>("optimizer", OptimizerProvider.class);

  /** Layer types. */
  public static final PluginKind<LayerProvider> LAYER =
      new PluginKind<>("layer type", LayerProvider.class);

  private final String noun;
  private final Class<P> type;

  private PluginKind(String noun, Class<P> type) {
    this.noun = noun;
    this.type = type;
  }

  /** Every kind, in listing order. */
  public static List<PluginKind<?>> all() {
    return List.of(ACTIVATION, OPTIMIZER, LOSS, LAYER);
  }

  /** The noun for messages, such as {@code "activation"}. */
  public String noun() {
    return noun;
  }

  /** The provider interface. */
  public Class<P> type() {
    return type;
  }

  @Override
  public String toString() {
    return noun;
  }
}
