package org.nnlab.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.explain.Block;
import org.nnlab.core.explain.ExplainRequest;
import org.nnlab.core.explain.Explainer;
import org.nnlab.core.explain.Explanation;
import org.nnlab.core.train.TestExperiments;

/**
 * The Markdown of {@code nn explain --format markdown}, parsed as GitHub parses it (CommonMark
 * with GitHub's tables), and its formulas checked as LaTeX: braces and {@code \left}/{@code
 * \right} balanced, only commands MathJax knows, no plain-text symbols outside {@code \text}.
 */
class MarkdownRendererTest {
  private static final Set<String> COMMANDS = Set.of("frac", "partial", "times", "left", "right",
      "operatorname", "text", "exp", "log", "delta", "eta", "mu", "equiv", "quad");
  private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");

  private static Explanation mazur;
  private static Explanation momentum;

  @BeforeAll
  static void explain() {
    mazur = Explainer.explain(TestExperiments.example("mazur.yaml"), ExplainRequest.FIRST_SAMPLE);
    momentum = Explainer.explain(TestExperiments.example("vanishing-sigmoid.yaml"),
        new ExplainRequest(Optional.empty(), false, Optional.of("L10.w[3][2]")));
  }

  private static Node parse(String markdown) {
    return Parser.builder().extensions(List.of(TablesExtension.create())).build()
        .parse(markdown);
  }

  /** The display formulas: a line between a $$ line and another. */
  private static List<String> formulas(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<String> formulas = new ArrayList<>();
    for (int i = 0; i + 2 < lines.size(); i++) {
      if (lines.get(i).equals("$$") && lines.get(i + 2).equals("$$")) {
        formulas.add(lines.get(i + 1));
        i += 2;
      }
    }
    return formulas;
  }

  /** The paragraphs a Markdown parser finds that start with $$, as GitHub's display math. */
  private static int displayParagraphs(Node document) {
    int[] count = {0};
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Text text && text.getLiteral().equals("$$")) {
          count[0]++;
        }
      }
    });
    return count[0];
  }

  private static List<String> latexProblems(String formula) {
    List<String> problems = new ArrayList<>();
    int depth = 0;
    for (int c = 0; c < formula.length(); c++) {
      char ch = formula.charAt(c);
      if (ch == '\\') {
        c++;
      } else if (ch == '{') {
        depth++;
      } else if (ch == '}' && --depth < 0) {
        problems.add("a } without its {");
      }
    }
    if (depth != 0) {
      problems.add(depth + " unclosed {");
    }
    if (formula.split("\\\\left", -1).length != formula.split("\\\\right", -1).length) {
      problems.add("\\left and \\right unpaired");
    }
    Matcher command = COMMAND.matcher(formula);
    while (command.find()) {
      if (!COMMANDS.contains(command.group(1))) {
        problems.add("unknown command \\" + command.group(1));
      }
    }
    String outsideText = formula.replaceAll("\\\\text\\{[^}]*}", "");
    if (!outsideText.chars().allMatch(ch -> ch < 128)) {
      problems.add("plain-text symbols outside \\text");
    }
    return problems;
  }

  @Test
  void everyEquationIsOneDisplayFormula() {
    String markdown = MarkdownRenderer.render(mazur);
    long equations = mazur.equations().count();
    assertEquals(List.of(equations, equations), List.of((long) formulas(markdown).size(),
        (long) displayParagraphs(parse(markdown))));
  }

  @Test
  void everyFormulaIsWellFormedLatex() {
    for (Explanation explanation : List.of(mazur, momentum)) {
      for (String formula : formulas(MarkdownRenderer.render(explanation))) {
        assertEquals(List.of(), latexProblems(formula), formula);
      }
    }
  }

  @Test
  void theTitleIsTheOnlyTopHeadingAndEachSectionHasOneOfItsOwn() {
    List<Integer> levels = new ArrayList<>();
    parse(MarkdownRenderer.render(mazur)).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        levels.add(heading.getLevel());
      }
    });
    List<Integer> expected = new ArrayList<>(List.of(1));
    mazur.sections().forEach(section -> expected.add(2));
    assertEquals(expected, levels);
  }

  @Test
  void tablesAreGitHubTables() {
    List<Node> tables = new ArrayList<>();
    parse(MarkdownRenderer.render(mazur)).accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
          tables.add(block);
        }
        visitChildren(block);
      }
    });
    long expected = mazur.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(Block.Table.class::isInstance).count();
    assertTrue(expected > 0, "the gradient's path is a table");
    assertEquals(expected, tables.size());
  }

  @Test
  void theNotesNamesAreWrittenBesideOursAsEquivalences() {
    assertTrue(MarkdownRenderer.render(mazur).contains("\\frac{\\partial L}{\\partial "
        + "w^{(2)}_{1,1}} \\equiv \\frac{\\partial L}{\\partial w_{5}}"));
  }

  @Test
  void proseIsEscapedSoThatItShowsLiterally() {
    assertEquals("E\\_total is 2 \\* 3 \\$ &lt;b>", MarkdownRenderer.escape("E_total is 2 * 3 $ <b>"));
  }
}
