package org.nnlab.core.registry;

import org.nnlab.core.config.ControlCharacters;

/**
 * A plugin that could not be loaded, or that conflicts with another; reported once, while every
 * other plugin still loads.
 *
 * @param source the jar or folder concerned
 * @param className the provider class concerned, or empty when the problem is the jar itself
 * @param reason what went wrong, in one line
 */
public record PluginProblem(String source, String className, String reason) {

  /**
   * The problem in one line. Control characters are escaped: file and class names, and what a
   * plugin says about itself, may hold any character.
   */
  @Override
  public String toString() {
    return ControlCharacters.escape(
        source + (className.isEmpty() ? "" : ": " + className) + ": " + reason);
  }
}
