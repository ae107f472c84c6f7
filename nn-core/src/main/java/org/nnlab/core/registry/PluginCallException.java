package org.nnlab.core.registry;

import org.nnlab.core.config.ControlCharacters;

/**
 * A plugin's code failed while nnlab called it: it threw, or it returned a value that is not
 * finite from inputs that were. The message names the plugin (kind, name, class and jar), the
 * layer when there is one, the method, and what happened, in one line.
 */
public final class PluginCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProviderInfo plugin;
  private final int layer;
  private final String problem;

  private PluginCallException(ProviderInfo plugin, int layer, String problem, Throwable cause) {
    super(ControlCharacters.escape((layer > 0 ? "layer " + layer + ": " : "")
        + plugin.describe() + " " + problem), cause, false, false);
    this.plugin = plugin;
    this.layer = layer;
    this.problem = problem;
  }

  /**
   * A plugin's method threw.
   *
   * @param plugin the plugin whose object was called
   * @param method the method, such as {@code forward()}
   * @param layer the 1-based layer the object belongs to, or 0 when none
   * @param error what it threw, anything from an exception to a {@link StackOverflowError}
   * @return the exception to throw
   */
  public static PluginCallException threw(
      ProviderInfo plugin, String method, int layer, Throwable error) {
    return new PluginCallException(plugin, layer, LoadFailures.methodFailure(method, error),
        error);
  }

  /**
   * A plugin's method made a value that is not finite, although every value it was given was
   * finite: a fault of the plugin, not a sign that training diverged.
   *
   * @param plugin the plugin whose object was called
   * @param method the method, such as {@code applyAll()}
   * @param layer the 1-based layer the object belongs to, or 0 when none
   * @param what what it made, such as {@code an output of NaN}
   * @return the exception to throw
   */
  public static PluginCallException notFinite(
      ProviderInfo plugin, String method, int layer, String what) {
    return new PluginCallException(plugin, layer,
        method + " returned " + what + " from finite inputs", null);
  }

  /**
   * A plugin broke a rule of its interface in another way.
   *
   * @param plugin the plugin
   * @param layer the 1-based layer the object belongs to, or 0 when none
   * @param problem what it did, such as {@code stateArrays() returned -1, expected 0 or more}
   * @return the exception to throw
   */
  public static PluginCallException broke(ProviderInfo plugin, int layer, String problem) {
    return new PluginCallException(plugin, layer, problem, null);
  }

  /** The plugin that failed. */
  public ProviderInfo plugin() {
    return plugin;
  }

  /** The 1-based layer concerned, or 0 when the plugin is no part of a layer. */
  public int layer() {
    return layer;
  }

  /** What went wrong, without the plugin and layer, such as {@code update() threw ...}. */
  public String problem() {
    return problem;
  }
}
