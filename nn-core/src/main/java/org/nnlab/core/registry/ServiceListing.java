package org.nnlab.core.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nnlab.core.config.Names;

/**
 * Reads a {@code META-INF/services} file in the format {@link java.util.ServiceLoader} defines:
 * one binary class name per line, {@code #} starting a comment. A line that is no class name is
 * reported instead of silently skipped.
 */
final class ServiceListing {
  private ServiceListing() {}

  /**
   * Reads the class names of one listing.
   *
   * @param in the listing's bytes, UTF-8
   * @param listing the entry's name, such as {@code META-INF/services/org.nnlab.api.LossProvider}
   * @param source the jar or folder the listing is in, for messages
   * @param problems receives one problem per line that is no class name, or one for a listing
   *     that lists nothing at all
   * @return the valid class names, in file order, without repeats
   * @throws IOException when the listing cannot be read
   */
  static List<String> read(
      InputStream in, String listing, String source, Collection<PluginProblem> problems)
      throws IOException {
    Set<String> names = new LinkedHashSet<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    int skipped = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      int comment = line.indexOf('#');
      String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (name.isEmpty()) {
        continue;
      }
      if (isClassName(name)) {
        names.add(name);
      } else {
        skipped++;
        problems.add(new PluginProblem(source, "", listing + " line " + number + ": '"
            + shorten(name) + "' is not a class name; the line was skipped"));
      }
    }
    if (names.isEmpty() && skipped == 0) {
      problems.add(new PluginProblem(source, "", listing + " lists no class"));
    }
    return new ArrayList<>(names);
  }

  /** Whether a services entry is the listing of one of the kinds of plugin. */
  static boolean isKind(String entry) {
    return PluginKind.all().stream()
        .anyMatch(kind -> entry.equals(PluginJar.SERVICES + kind.type().getName()));
  }

  /** Explains a listing under {@code org.nnlab} for an interface that is no kind of plugin. */
  static String unknownInterface(String entry) {
    String type = entry.substring(PluginJar.SERVICES.length());
    List<String> kinds = PluginKind.all().stream().map(k -> k.type().getName()).toList();
    Optional<String> closest = Names.closest(type, kinds);
    return "lists providers in " + entry + ", but " + shorten(type) + " is no kind of nnlab "
        + "plugin; " + closest.map(c -> "did you mean " + c + "?")
        .orElse("expected one of " + String.join(", ", kinds));
  }

  // Dots separate identifiers; '$' is part of nested class names, which Java identifiers allow.
  private static boolean isClassName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
          || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
      if (part.codePoints().anyMatch(Character::isIdentifierIgnorable)) {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
