package org.nnlab.core.explain;

import java.util.List;

/** Walks formulas. */
final class Exprs {
  private Exprs() {}

  /** The formulas directly inside {@code expr}, left to right. */
  static List<Expr> children(Expr expr) {
    if (expr instanceof Expr.Apply apply) {
      return List.of(apply.argument());
    }
    if (expr instanceof Expr.Slope slope) {
      return List.of(slope.argument());
    }
    if (expr instanceof Expr.Sum sum) {
      return sum.terms();
    }
    if (expr instanceof Expr.Product product) {
      return product.factors();
    }
    if (expr instanceof Expr.Difference difference) {
      return List.of(difference.left(), difference.right());
    }
    if (expr instanceof Expr.Quotient quotient) {
      return List.of(quotient.numerator(), quotient.denominator());
    }
    if (expr instanceof Expr.Power power) {
      return List.of(power.base());
    }
    if (expr instanceof Expr.Negation negation) {
      return List.of(negation.operand());
    }
    return List.of();
  }
}
