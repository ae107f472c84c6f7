package org.nnlab.testkit;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Provider;

/**
 * The checks every provider must pass, whatever its kind: a valid configuration name, an API
 * version this runtime accepts, and registration for {@link java.util.ServiceLoader}. Extend one
 * of its subclasses ({@link ActivationContract}, {@link LossContract}, {@link OptimizerContract},
 * {@link LayerContract}), not this class.
 *
 * @param <P> the provider interface of the plugin's kind
 */
public abstract class PluginContract<P extends Provider> {
  private final Class<P> kind;

  PluginContract(Class<P> kind) {
    this.kind = kind;
  }

  /**
   * The provider under test, as ServiceLoader would create it.
   *
   * @return a new provider instance
   */
  protected abstract P provider();

  @Test
  final void nameIsAValidConfigName() {
    ProviderChecks.nameIsValid(provider());
  }

  @Test
  final void apiVersionIsCompatibleWithThisApi() {
    ProviderChecks.apiVersionIsCompatible(provider());
  }

  @Test
  final void providerIsRegisteredForServiceLoader() {
    ProviderChecks.isRegistered(kind, provider());
  }
}
