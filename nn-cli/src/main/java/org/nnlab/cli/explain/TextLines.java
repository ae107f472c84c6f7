package org.nnlab.cli.explain;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the terminal: lines of at most {@value #WIDTH} characters where it can. */
final class TextLines {
  static final int WIDTH = 100;

  private TextLines() {}

  /** Wraps words at spaces; the first line starts with {@code first}, the rest with {@code rest}. */
  static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Lays out {@code start} followed by the parts of a formula chain: each part joins the line
   * when it fits, else starts the next line at {@code indent}; a part too long even for a line
   * of its own is broken between its terms, each continuing the line or starting a new one.
   *
   * @param parts each part as its terms, the first starting with its separator ({@code " = "})
   */
  static List<String> pack(List<List<String>> parts, String start, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(start);
    for (List<String> terms : parts) {
      String whole = String.join("", terms);
      if (line.length() + whole.length() <= WIDTH) {
        line.append(whole);
      } else if (indent.length() + whole.strip().length() <= WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent).append(whole.strip());
      } else {
        for (String term : terms) {
          if (line.length() + term.length() > WIDTH && line.length() > indent.length()) {
            lines.add(line.toString());
            line = new StringBuilder(indent).append(term.strip());
          } else {
            line.append(term);
          }
        }
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
