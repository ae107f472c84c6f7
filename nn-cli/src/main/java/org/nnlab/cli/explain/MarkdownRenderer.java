package org.nnlab.cli.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nnlab.core.explain.Block;
import org.nnlab.core.explain.Block.Cell;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.ExplainNumbers;
import org.nnlab.core.explain.Explanation;
import org.nnlab.core.explain.Section;

/**
 * An explanation as Markdown for GitHub and Jupyter: a heading per section, each equation a
 * display formula between {@code $$} lines in LaTeX, sentences as paragraphs, tables as GitHub
 * tables whose names are inline formulas.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  /** Renders the explanation, ending with a line break. */
  public static String render(Explanation explanation) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + escape(explanation.title()));
    for (String about : explanation.about()) {
      lines.add("");
      lines.add(escape(about));
    }
    for (Section section : explanation.sections()) {
      lines.add("");
      lines.add("## " + escape(section.title()));
      for (Block block : section.blocks()) {
        lines.add("");
        lines.addAll(block(block));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static List<String> block(Block block) {
    if (block instanceof Equation equation) {
      return List.of("$$", equation(equation), "$$");
    }
    if (block instanceof Block.Prose prose) {
      return List.of(escape(prose.text()));
    }
    return table((Block.Table) block);
  }

  /** One equation as a LaTeX formula: lhs ≡ alias = forms = value, then the note. */
  static String equation(Equation equation) {
    StringBuilder formula = new StringBuilder(LatexNotation.of(equation.lhs()));
    equation.alias().ifPresent(alias -> formula.append(" \\equiv ").append(alias.latex()));
    equation.forms().forEach(form -> formula.append(" = ").append(LatexNotation.of(form)));
    formula.append(" = ").append(LatexNotation.number(equation.value()));
    if (!equation.note().isEmpty()) {
      formula.append(" \\quad ").append(LatexNotation.text("(" + equation.note() + ")"));
    }
    return formula.toString();
  }

  private static List<String> table(Block.Table table) {
    List<String> lines = new ArrayList<>();
    lines.add(row(table.headers().stream().map(MarkdownRenderer::cellText).toList()));
    lines.add(row(table.headers().stream().map(header -> "---").toList()));
    for (List<Cell> row : table.rows()) {
      lines.add(row(row.stream().map(MarkdownRenderer::cell).toList()));
    }
    return lines;
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  private static String cell(Cell cell) {
    if (cell instanceof Cell.Formula formula) {
      return "$" + LatexNotation.of(formula.expr()) + "$";
    }
    if (cell instanceof Cell.Number number) {
      return Double.isNaN(number.value()) ? "-" : ExplainNumbers.format(number.value());
    }
    return cellText(((Cell.Text) cell).text());
  }

  private static String cellText(String text) {
    return escape(text).replace("|", "\\|");
  }

  /** Words as Markdown shows them literally: its emphasis, code, math and HTML characters. */
  static String escape(String text) {
    return text.chars().mapToObj(c -> switch (c) {
      case '\\', '*', '_', '`', '$', '#' -> "\\" + (char) c;
      case '<' -> "&lt;";
      default -> String.valueOf((char) c);
    }).collect(Collectors.joining());
  }
}
