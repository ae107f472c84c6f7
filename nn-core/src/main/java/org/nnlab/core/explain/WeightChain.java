package org.nnlab.core.explain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.nnlab.core.explain.Block.Equation;

/**
 * One parameter entry's chain: from a whole derivation, the equations its gradient needs, and
 * theirs in turn, down to the loss, in the derivation's order. A quantity whose equation is left
 * out (a deep network's layers far above the weight) appears by its value.
 */
final class WeightChain {
  private final Map<Expr, Integer> positions = new HashMap<>();
  private final List<Equation> equations;
  private final int last;

  /** A chain through these equations, of a network whose last layer is {@code last}. */
  WeightChain(List<Equation> equations, int last) {
    this.equations = List.copyOf(equations);
    this.last = last;
    for (int e = 0; e < equations.size(); e++) {
      positions.putIfAbsent(equations.get(e).lhs(), e);
    }
  }

  /**
   * The equations dL/d{@code entry} needs, following only the quantities {@code expand} accepts.
   *
   * @return the equations in derivation order
   */
  List<Equation> of(Symbol entry, Predicate<Expr> expand) {
    Set<Integer> chosen = new HashSet<>();
    Deque<Expr> pending = new ArrayDeque<>();
    pending.add(new Expr.Partial(Symbol.loss(), entry));
    while (!pending.isEmpty()) {
      Expr quantity = pending.poll();
      Integer position = positions.get(quantity);
      if (position == null || !expand.test(quantity) || !chosen.add(position)) {
        continue;
      }
      equations.get(position).forms().forEach(form -> collect(form, pending));
    }
    List<Equation> chain = new ArrayList<>();
    for (int e = 0; e < equations.size(); e++) {
      if (chosen.contains(e)) {
        chain.add(equations.get(e));
      }
    }
    return chain;
  }

  /** The layer a quantity belongs to: its unit's, or the last for a softmax probability. */
  int layer(Expr quantity) {
    if (quantity instanceof Expr.Partial partial) {
      return partial.by().layer();
    }
    if (quantity instanceof Expr.Slope slope && slope.argument() instanceof Expr.Ref ref) {
      return ref.symbol().layer();
    }
    if (quantity instanceof Expr.Ref ref) {
      return ref.symbol().kind() == Symbol.Kind.PROBABILITY ? last : ref.symbol().layer();
    }
    return 0;
  }

  // The quantities a formula refers to, which may have equations of their own.
  private static void collect(Expr expr, Deque<Expr> into) {
    if (expr instanceof Expr.Partial || expr instanceof Expr.Slope || expr instanceof Expr.Ref) {
      into.add(expr);
    }
    Exprs.children(expr).forEach(child -> collect(child, into));
  }
}
