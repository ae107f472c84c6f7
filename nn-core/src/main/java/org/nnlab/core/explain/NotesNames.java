package org.nnlab.core.explain;

import java.util.Optional;
import org.nnlab.core.explain.Block.Alias;

/**
 * The seed notes' names for the quantities of their 2-2-2 network, which are also those of M.
 * Mazur's "A Step by Step Backpropagation Example": w1..w4 feed the hidden units h1 and h2 (w1
 * and w2 into h1), w5..w8 the outputs o1 and o2, E_o1 and E_o2 are the error terms and E_total
 * their sum. The biases have no names of their own here: the notes share one bias per layer,
 * nnlab gives each unit its own.
 */
final class NotesNames {
  private final boolean enabled;

  NotesNames(boolean enabled) {
    this.enabled = enabled;
  }

  /** The notes' name of what an equation computes, if it has one. */
  Optional<Alias> of(Expr lhs) {
    if (!enabled) {
      return Optional.empty();
    }
    if (lhs instanceof Expr.Ref ref) {
      return of(ref.symbol());
    }
    if (lhs instanceof Expr.Partial partial && partial.of().kind() == Symbol.Kind.LOSS) {
      return of(partial.by()).map(name -> new Alias("dL/d" + name.text(),
          "\\frac{\\partial L}{\\partial " + name.latex() + "}"));
    }
    if (lhs instanceof Expr.Updated updated) {
      return of(updated.parameter()).map(name -> new Alias(name.text() + "+",
          name.latex() + "^{+}"));
    }
    return Optional.empty();
  }

  private static Optional<Alias> of(Symbol symbol) {
    String unit = (symbol.layer() == 1 ? "h" : "o") + symbol.i();
    String unitLatex = (symbol.layer() == 1 ? "h" : "o") + "_{" + symbol.i() + "}";
    return switch (symbol.kind()) {
      case PRE_ACTIVATION -> Optional.of(new Alias(unit + "(in)", unitLatex + "^{\\text{in}}"));
      case ACTIVATION -> Optional.of(new Alias(unit, unitLatex));
      case DELTA -> Optional.of(new Alias("δ_" + unit, "\\delta_{" + unitLatex + "}"));
      case LOSS -> Optional.of(new Alias("E_total", "E_{\\text{total}}"));
      case LOSS_TERM -> Optional.of(new Alias("E_o" + symbol.i(),
          "E_{o_{" + symbol.i() + "}}"));
      case PARAMETER -> symbol.label().equals("w") ? Optional.of(weight(symbol))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Alias weight(Symbol symbol) {
    int n = 4 * (symbol.layer() - 1) + 2 * (symbol.i() - 1) + symbol.j();
    return new Alias("w" + n, "w_{" + n + "}");
  }
}
