package org.nnlab.core.config;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Words snakeyaml's syntax errors in one line and adds the likely remedy. */
final class YamlSyntax {
  private YamlSyntax() {}

  static String describe(MarkedYAMLException e) {
    if (e.getProblem() != null && e.getProblem().contains("\\t(TAB)")) {
      return "YAML syntax error: a tab where YAML expects spaces; indent with spaces, not tabs";
    }
    String problem = oneLine(e.getProblem());
    String context = e.getContext() == null ? "" : " (" + oneLine(e.getContext()) + ")";
    return "YAML syntax error: " + problem + context + hint(problem);
  }

  static String describe(YAMLException e) {
    return "YAML syntax error: " + oneLine(e.getMessage());
  }

  // These problems nearly always come from a line indented too far or not far enough.
  private static String hint(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "; check the indentation of this line and the one above, and quote values that "
          + "contain ': '";
    }
    if (problem.contains("expected <block end>") || problem.contains("could not find expected")) {
      return "; check the indentation of this line and the one above";
    }
    if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
      return "; a bracket is not closed";
    }
    return "";
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable YAML" : text.replaceAll("\\s+", " ").trim();
  }
}
