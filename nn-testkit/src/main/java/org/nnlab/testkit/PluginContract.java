package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Provider;

/**
 * The checks every provider must pass, whatever its kind: a valid configuration name, an API
 * version this runtime accepts, registration for {@link java.util.ServiceLoader}, and every
 * option given being read. Extend one
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

  /**
   * The options the plugin is created with in every check.
   *
   * @return the options; see each contract for its default
   */
  protected abstract PluginOptions options();

  /** Creates the plugin from {@code options} as the contract does, discarding the result. */
  abstract void create(PluginOptions options);

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

  // nn reports a key no getter asked for as unknown; so does this check, in the same words.
  @Test
  final void everyGivenOptionIsRead() {
    if (options() instanceof TestOptions given) {
      TestOptions fresh = given.fresh();
      create(fresh);
      fresh.unknownKey("'" + provider().name() + "'").ifPresent(message -> fail(
          message + ": " + provider().getClass().getName() + ".create() never read it; read "
              + "every option it supports, or remove the key from options()"));
    }
  }
}
