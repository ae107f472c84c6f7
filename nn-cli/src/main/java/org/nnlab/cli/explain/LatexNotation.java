package org.nnlab.cli.explain;

import java.util.List;
import java.util.stream.Collectors;
import org.nnlab.core.explain.ExplainNumbers;
import org.nnlab.core.explain.Expr;
import org.nnlab.core.explain.Symbol;

/**
 * Formulas as LaTeX that GitHub's and Jupyter's MathJax render: {@code w^{(1)}_{1,2}} for
 * L1.w[1][2], {@code \frac{\partial L}{\partial h^{(2)}_{1}}}, {@code 1.5 \times 10^{-7}}.
 */
final class LatexNotation {
  private LatexNotation() {}

  static String of(Expr expr) {
    if (expr instanceof Expr.Num num) {
      return number(num.value());
    }
    if (expr instanceof Expr.Ref ref) {
      return of(ref.symbol());
    }
    if (expr instanceof Expr.Partial partial) {
      return "\\frac{\\partial " + of(partial.of()) + "}{\\partial " + of(partial.by()) + "}";
    }
    if (expr instanceof Expr.Apply apply) {
      return function(apply.function()) + "\\left(" + of(apply.argument()) + "\\right)";
    }
    if (expr instanceof Expr.Slope slope) {
      return function(slope.function()) + "'\\left(" + of(slope.argument()) + "\\right)";
    }
    if (expr instanceof Expr.Sum sum) {
      return join(sum.terms(), " + ", false);
    }
    if (expr instanceof Expr.Product product) {
      return join(product.factors(), " \\times ", true);
    }
    if (expr instanceof Expr.Difference difference) {
      return inner(difference.left(), false) + " - " + inner(difference.right(), true);
    }
    if (expr instanceof Expr.Quotient quotient) {
      return "\\frac{" + of(quotient.numerator()) + "}{" + of(quotient.denominator()) + "}";
    }
    if (expr instanceof Expr.Power power) {
      String base = power.base() instanceof Expr.Ref && !negative(power.base())
          ? of(power.base()) : "\\left(" + of(power.base()) + "\\right)";
      return "{" + base + "}^{" + power.exponent() + "}";
    }
    if (expr instanceof Expr.Negation negation) {
      return "-" + inner(negation.operand(), true);
    }
    if (expr instanceof Expr.Constant constant) {
      return constant.name().latex();
    }
    if (expr instanceof Expr.Updated updated) {
      return "{" + of(updated.parameter()) + "}^{+}";
    }
    Expr.State state = (Expr.State) expr;
    return text(state.name()) + (state.after() ? "^{+}" : "") + "_{" + of(state.parameter())
        + "}";
  }

  /** A symbol: x_{j}, z^{(l)}_{i}, w^{(l)}_{i,j}, \delta^{(l)}_{i}. */
  static String of(Symbol symbol) {
    String layer = "^{(" + symbol.layer() + ")}";
    String index = "_{" + symbol.i() + (symbol.j() > 0 ? "," + symbol.j() : "") + "}";
    return switch (symbol.kind()) {
      case INPUT -> "x" + index;
      case TARGET -> "t" + index;
      case PRE_ACTIVATION -> "z" + layer + index;
      case ACTIVATION -> "h" + layer + index;
      case DELTA -> "\\delta" + layer + index;
      case PARAMETER -> (symbol.label().length() == 1 ? symbol.label() : text(symbol.label()))
          + layer + index;
      case LOSS -> "L";
      case LOSS_TERM -> "E" + index;
      case PROBABILITY -> "p" + index;
    };
  }

  /** A number; scientific notation as a power of ten. */
  static String number(double value) {
    String text = ExplainNumbers.format(value);
    int e = text.indexOf('e');
    if (e < 0) {
      return text;
    }
    return text.substring(0, e) + " \\times 10^{" + Integer.parseInt(text.substring(e + 1))
        + "}";
  }

  /** Words inside a formula, with LaTeX's special characters escaped. */
  static String text(String words) {
    return "\\text{" + words.replace("\\", "").replace("_", "\\_").replace("{", "\\{")
        .replace("}", "\\}").replace("#", "\\#").replace("%", "\\%").replace("&", "\\&")
        .replace("$", "\\$") + "}";
  }

  private static String function(String name) {
    return switch (name) {
      case "exp" -> "\\exp";
      case "log" -> "\\log";
      default -> "\\operatorname{" + name.replace("_", "\\_") + "}";
    };
  }

  private static String join(List<Expr> items, String operator, boolean product) {
    return items.stream().map(item -> inner(item, product)).collect(Collectors.joining(operator));
  }

  private static String inner(Expr expr, boolean tight) {
    boolean loose = expr instanceof Expr.Sum || expr instanceof Expr.Difference;
    return negative(expr) || (tight && loose) ? "\\left(" + of(expr) + "\\right)" : of(expr);
  }

  private static boolean negative(Expr expr) {
    return expr instanceof Expr.Num num && ExplainNumbers.format(num.value()).startsWith("-");
  }
}
