package org.nnlab.cli.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.explain.Block;
import org.nnlab.core.explain.Block.Cell;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.ExplainNumbers;
import org.nnlab.core.explain.Explanation;
import org.nnlab.core.explain.Section;

/**
 * An explanation as plain text for a terminal of 100 columns: each equation as {@code name =
 * formula = numbers = value}, broken before an {@code =} (and in a long sum before a {@code +})
 * where a line would be too long, its continuation aligned under the first {@code =}; tables
 * with aligned columns.
 */
public final class TextRenderer {
  private static final String INDENT = "  ";
  private static final int MAX_ALIGN = 40;

  private TextRenderer() {}

  /** Renders the explanation, ending with a line break. */
  public static String render(Explanation explanation) {
    List<String> lines = new ArrayList<>();
    lines.add(explanation.title());
    for (String about : explanation.about()) {
      lines.addAll(TextLines.wrap(about, "", INDENT));
    }
    for (Section section : explanation.sections()) {
      lines.add("");
      lines.add(section.title());
      for (Block block : section.blocks()) {
        lines.addAll(block(block));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static List<String> block(Block block) {
    if (block instanceof Equation equation) {
      return equation(equation);
    }
    if (block instanceof Block.Prose prose) {
      return TextLines.wrap(prose.text(), INDENT, INDENT + INDENT);
    }
    return TextTable.lines((Block.Table) block, INDENT);
  }

  static List<String> equation(Equation equation) {
    String lhs = INDENT + TextNotation.of(equation.lhs())
        + equation.alias().map(alias -> " [" + alias.text() + "]").orElse("");
    String align = lhs.length() <= MAX_ALIGN ? " ".repeat(lhs.length() + 1) : INDENT + INDENT;
    List<List<String>> parts = new ArrayList<>();
    for (var form : equation.forms()) {
      parts.add(terms(TextNotation.of(form)));
    }
    parts.add(List.of(" = " + ExplainNumbers.format(equation.value())
        + (equation.note().isEmpty() ? "" : "  (" + equation.note() + ")")));
    return TextLines.pack(parts, lhs, align);
  }

  // A form as the pieces a line may break between: before its " = ", and before each " + ".
  private static List<String> terms(String form) {
    List<String> pieces = new ArrayList<>();
    String[] parts = form.split(" \\+ ", -1);
    pieces.add(" = " + parts[0]);
    for (int p = 1; p < parts.length; p++) {
      pieces.add(" + " + parts[p]);
    }
    return pieces;
  }

  /** A cell's text. */
  static String cell(Cell cell) {
    if (cell instanceof Cell.Text text) {
      return text.text();
    }
    if (cell instanceof Cell.Number number) {
      return Double.isNaN(number.value()) ? "-" : ExplainNumbers.format(number.value());
    }
    return TextNotation.of(((Cell.Formula) cell).expr());
  }
}
