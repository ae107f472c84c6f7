package org.nnlab.api.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Messages for unknown names: the known ones, sorted, and the closest as a suggestion. */
public final class Suggestions {
  private Suggestions() {}

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
    List<String> sorted = known.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return "unknown " + noun + " " + Excerpt.quoted(name) + " (no " + plural(noun)
          + " are known)";
    }
    return "unknown " + noun + " " + Excerpt.quoted(name)
        + closest(name, sorted).map(s -> "; did you mean " + Excerpt.quoted(s) + "? ")
            .orElse("; ")
        + "known " + plural(noun) + ": " + Excerpt.list(sorted);
  }

  /**
   * Finds the known name the user most likely meant. A known name that starts with what was
   * written (at least three characters) wins, as {@code spir} for {@code spiral}; otherwise the
   * closest by edit distance, if it is close enough to be a typo: at most a third of the longer
   * name's length (at least one edit), and fewer edits than the written name has characters, so
   * that {@code z} does not suggest {@code a}.
   *
   * @param name the name as written
   * @param known the candidates
   * @return the closest candidate, or empty when none is close
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    String written = name.toLowerCase(Locale.ROOT);
    List<String> sorted = known.stream().sorted().toList();
    if (written.length() >= 3) {
      Optional<String> completion = sorted.stream()
          .filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(written))
          .findFirst();
      if (completion.isPresent()) {
        return completion;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : sorted) {
      // The lengths alone rule it out; this also spares a table of a long name's length.
      if (Math.abs(name.length() - candidate.length()) > allowedEdits(name, candidate)) {
        continue;
      }
      int distance = editDistance(written, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return bestDistance <= allowedEdits(name, best) && bestDistance < name.length()
        ? Optional.of(best) : Optional.empty();
  }

  private static int allowedEdits(String name, String candidate) {
    return Math.max(1, Math.max(name.length(), candidate.length()) / 3);
  }

  /**
   * The optimal string alignment distance: insertions, deletions, substitutions and
   * transpositions of adjacent characters, each counting one.
   *
   * @param a one text
   * @param b the other
   * @return the number of edits that turn {@code a} into {@code b}
   */
  public static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String plural(String noun) {
    return noun.endsWith("s") ? noun + "es" : noun + "s";
  }
}
