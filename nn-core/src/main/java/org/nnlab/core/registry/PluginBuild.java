package org.nnlab.core.registry;

import java.util.function.Supplier;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.YamlPluginOptions;

/**
 * Calls plugin code while a run is built from its configuration. Whatever the plugin throws,
 * {@link Error}s included, becomes a {@link ConfigException} at the place the configuration
 * names the plugin, naming the plugin, its jar and the method: the run stops with one line and
 * exit code 2, as for any configuration that cannot be built.
 */
public final class PluginBuild {
  private PluginBuild() {}

  /**
   * Runs a provider's {@code create} on its options: option errors are located at the option,
   * anything else the plugin throws names the plugin.
   *
   * @param plugin the provider
   * @param ref where the configuration names it
   * @param options its options, which {@code factory} passes to {@code create}
   * @param factory calls the provider's {@code create}
   * @return what it created
   * @throws ConfigException when {@code create} fails, returns {@code null} or leaves an option
   *     unread
   */
  public static <T> T create(
      ProviderInfo plugin, PluginRef ref, YamlPluginOptions options, Supplier<T> factory) {
    return options.create(ref, () -> guard(plugin, ref, "create()", factory, true));
  }

  /**
   * Runs other plugin code needed to build the run, such as a built layer's sizes.
   *
   * @param plugin the provider whose object is called
   * @param ref where the configuration names it
   * @param method the methods called, for the message
   * @param code the calls
   * @return what the calls gave
   * @throws ConfigException when the plugin's code throws
   */
  public static <T> T call(ProviderInfo plugin, PluginRef ref, String method, Supplier<T> code) {
    return guard(plugin, ref, method, code, false);
  }

  // Out of memory is left to the caller, which knows what was too large.
  private static <T> T guard(
      ProviderInfo plugin, PluginRef ref, String method, Supplier<T> code, boolean readsOptions) {
    try {
      return code.get();
    } catch (InvalidOptionException | ConfigException e) {
      if (readsOptions) {
        throw e;
      }
      throw failed(plugin, ref, method, e);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      throw failed(plugin, ref, method, e);
    }
  }

  private static ConfigException failed(
      ProviderInfo plugin, PluginRef ref, String method, Throwable e) {
    return new ConfigException(ref.location(), ref.path(),
        plugin.describe() + " failed to build: " + LoadFailures.methodFailure(method, e));
  }
}
