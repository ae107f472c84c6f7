package org.nnlab.core.explain;

import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code nn explain} prints, before it is rendered as text or Markdown.
 *
 * @param title one line naming the network
 * @param about a few lines: what is explained, and how the names read
 * @param sections the derivation, in order
 */
public record Explanation(String title, List<String> about, List<Section> sections) {
  /** Creates the explanation, copying the lists. */
  public Explanation {
    about = List.copyOf(about);
    sections = List.copyOf(sections);
  }

  /** An explanation whose sections are numbered 1, 2, ... in order. */
  static Explanation numbered(String title, List<String> about, List<Section> sections) {
    List<Section> numbered = new java.util.ArrayList<>();
    for (int s = 0; s < sections.size(); s++) {
      numbered.add(new Section((s + 1) + ". " + sections.get(s).title(),
          sections.get(s).blocks()));
    }
    return new Explanation(title, about, numbered);
  }

  /** Every equation of every section, in order. */
  public Stream<Block.Equation> equations() {
    return sections.stream().flatMap(s -> s.blocks().stream())
        .filter(Block.Equation.class::isInstance).map(Block.Equation.class::cast);
  }
}
