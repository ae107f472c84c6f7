package org.nnlab.core.config;

import org.nnlab.api.internal.Excerpt;

/**
 * One {@code KEY=VALUE} change to a configuration, with the option the user typed it as, so that
 * an error names {@code --epochs} rather than the key it stands for.
 *
 * @param assignment {@code KEY=VALUE}
 * @param source how the user wrote it, such as {@code --set training.epochs=5} or {@code --epochs}
 */
public record ConfigChange(String assignment, String source) {

  /** A {@code --set KEY=VALUE}. */
  public static ConfigChange set(String assignment) {
    return new ConfigChange(assignment, "--set " + Excerpt.of(assignment));
  }

  /** An option that stands for one key, such as {@code --epochs N} for {@code training.epochs}. */
  public static ConfigChange option(String option, String key, String value) {
    return new ConfigChange(key + "=" + value, option);
  }
}
