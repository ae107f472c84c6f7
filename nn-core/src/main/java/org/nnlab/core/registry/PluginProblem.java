package org.nnlab.core.registry;

/**
 * A plugin that could not be loaded, or that conflicts with another; reported once, while every
 * other plugin still loads.
 *
 * @param source the jar or folder concerned
 * @param className the provider class concerned, or empty when the problem is the jar itself
 * @param reason what went wrong, in one line
 */
public record PluginProblem(String source, String className, String reason) {

  @Override
  public String toString() {
    return source + (className.isEmpty() ? "" : ": " + className) + ": " + reason;
  }
}
