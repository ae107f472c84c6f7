package org.nnlab.core.config;

import java.util.Collection;
import java.util.Optional;
import org.nnlab.api.internal.Suggestions;

/**
 * Messages for unknown names: the known ones, sorted, and the closest as a suggestion. The rules
 * live in {@link Suggestions}, which the test kit shares, so that a contract test suggests names
 * exactly as nn does.
 */
public final class Names {
  private Names() {}

  /**
   * Describes an unknown name.
   *
   * @param noun what kind of name, such as {@code "activation"} or {@code "key"}
   * @param name the unknown name as written
   * @param known the names that would have been accepted
   * @return for example {@code unknown activation 'sigmod'; did you mean 'sigmoid'? known
   *     activations: linear, relu, sigmoid, tanh}
   */
  public static String unknown(String noun, String name, Collection<String> known) {
    return Suggestions.unknown(noun, name, known);
  }

  /**
   * Finds the known name the user most likely meant; see {@link Suggestions#closest}.
   *
   * @param name the name as written
   * @param known the candidates
   * @return the closest candidate, or empty when none is close
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    return Suggestions.closest(name, known);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int editDistance(String a, String b) {
    return Suggestions.editDistance(a, b);
  }
}
