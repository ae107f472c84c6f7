package org.nnlab.cli.explain;

import java.util.List;
import java.util.stream.Collectors;
import org.nnlab.core.explain.Expr;
import org.nnlab.core.explain.ExplainNumbers;
import org.nnlab.core.explain.Symbol;

/**
 * Formulas as plain text: {@code 0.15 × 0.05 + 0.2 × 0.1 + 0.35}, {@code sigmoid'(L1.z[1])},
 * {@code dL/dL2.w[1][1]}. Negative numbers inside a formula are put in parentheses, and so is a
 * sum or difference inside a product.
 */
final class TextNotation {
  private TextNotation() {}

  static String of(Expr expr) {
    if (expr instanceof Expr.Num num) {
      return ExplainNumbers.format(num.value());
    }
    if (expr instanceof Expr.Ref ref) {
      return ref.symbol().text();
    }
    if (expr instanceof Expr.Partial partial) {
      return "d" + partial.of().text() + "/d" + partial.by().text();
    }
    if (expr instanceof Expr.Apply apply) {
      return apply.function() + "(" + of(apply.argument()) + ")";
    }
    if (expr instanceof Expr.Slope slope) {
      return slope.function() + "'(" + of(slope.argument()) + ")";
    }
    if (expr instanceof Expr.Sum sum) {
      return join(sum.terms(), " + ", false);
    }
    if (expr instanceof Expr.Product product) {
      return join(product.factors(), " × ", true);
    }
    if (expr instanceof Expr.Difference difference) {
      return inner(difference.left(), false) + " - " + inner(difference.right(), true);
    }
    if (expr instanceof Expr.Quotient quotient) {
      return inner(quotient.numerator(), true) + " / " + denominator(quotient.denominator());
    }
    if (expr instanceof Expr.Power power) {
      return base(power.base()) + "^" + power.exponent();
    }
    if (expr instanceof Expr.Negation negation) {
      return "-" + inner(negation.operand(), true);
    }
    if (expr instanceof Expr.Constant constant) {
      return constant.name().text();
    }
    if (expr instanceof Expr.Updated updated) {
      return updated.parameter().text() + "+";
    }
    Expr.State state = (Expr.State) expr;
    return state.name() + (state.after() ? "+" : "") + "(" + state.parameter().text() + ")";
  }

  /** A symbol's name. */
  static String of(Symbol symbol) {
    return symbol.text();
  }

  private static String join(List<Expr> items, String operator, boolean product) {
    return items.stream().map(item -> inner(item, product)).collect(Collectors.joining(operator));
  }

  // A part of a larger formula: negative numbers, and sums inside products, get parentheses.
  private static String inner(Expr expr, boolean tight) {
    boolean loose = expr instanceof Expr.Sum || expr instanceof Expr.Difference;
    return negative(expr) || (tight && loose) ? "(" + of(expr) + ")" : of(expr);
  }

  private static String denominator(Expr expr) {
    return simple(expr) && !negative(expr) ? of(expr) : "(" + of(expr) + ")";
  }

  private static String base(Expr expr) {
    return simple(expr) && !negative(expr) ? of(expr) : "(" + of(expr) + ")";
  }

  private static boolean simple(Expr expr) {
    return expr instanceof Expr.Num || expr instanceof Expr.Ref || expr instanceof Expr.Apply
        || expr instanceof Expr.Slope || expr instanceof Expr.Constant;
  }

  private static boolean negative(Expr expr) {
    return expr instanceof Expr.Num num && (num.value() < 0
        || ExplainNumbers.format(num.value()).startsWith("-"));
  }
}
